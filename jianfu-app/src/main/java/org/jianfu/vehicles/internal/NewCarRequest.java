package org.jianfu.vehicles.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * What the requester fills in; times are Beijing time as a phone's date-time field gives them.
 *
 * @param clientKey set by the phone when the form may be replayed from the offline queue
 */
record NewCarRequest(@NotBlank(message = "请填写用车事由") @Size(max = 200, message = "用车事由不超过200字") String purpose,
                     @NotNull(message = "请填写出发时间") LocalDateTime startsAt,
                     @NotNull(message = "请填写返回时间") LocalDateTime endsAt,
                     @NotBlank(message = "请填写出发地点") @Size(max = 100) String fromPlace,
                     @NotBlank(message = "请填写目的地") @Size(max = 100) String toPlace,
                     @NotNull(message = "请填写乘车人数") @Min(value = 1, message = "乘车人数至少1人")
                     @Max(value = 60, message = "乘车人数不超过60人") Integer passengers,
                     @Size(max = 64) String clientKey) {
}
