package org.jianfu.meetings.internal.minutes;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Predicate;
import org.jianfu.meetings.internal.Invitation;
import org.jianfu.meetings.internal.Meeting;

/**
 * The starting text of a 会议纪要: the facts of the meeting the clerk would otherwise copy by hand,
 * and the 议定事项 as headings to fill in (or the notes already kept on the meeting page).
 */
final class MinutesText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private MinutesText() {
    }

    static String title(Meeting m) {
        return m.title().strip() + "纪要";
    }

    static String body(Meeting m, List<Invitation> invitations) {
        StringBuilder b = new StringBuilder();
        b.append(WHEN.format(m.startsAt())).append("，").append(m.organiserName()).append("召开").append(m.title().strip())
                .append("。现将会议议定事项纪要如下。\n\n");
        b.append("会议时间：").append(WHEN.format(m.startsAt())).append("（").append(m.plannedMinutes()).append("分钟）\n");
        if (present(m.venue())) {
            b.append("会议地点：").append(m.venue().strip()).append('\n');
        }
        if (present(m.videoRoom())) {
            b.append("视频会议室：").append(m.videoRoom().strip()).append('\n');
        }
        b.append("主办单位：").append(m.organiserName()).append('\n');
        attendance(b, invitations);
        if (present(m.agenda())) {
            b.append("\n会议议程：\n").append(m.agenda().strip()).append('\n');
        }
        b.append("\n会议议定事项：\n");
        b.append(present(m.minutes()) ? m.minutes().strip() + "\n" : "一、\n二、\n三、\n");
        return b.toString();
    }

    /**
     * Units that signed in attended; when nobody used sign-in, those that confirmed are the best
     * record there is, and the text says so for the clerk to check.
     */
    private static void attendance(StringBuilder b, List<Invitation> invitations) {
        List<String> signedIn = names(invitations, i -> i.signedInAt() != null);
        if (!signedIn.isEmpty()) {
            b.append("出席单位：").append(String.join("、", signedIn)).append('\n');
            List<String> absent = names(invitations, i -> i.signedInAt() == null);
            if (!absent.isEmpty()) {
                b.append("未签到单位：").append(String.join("、", absent)).append('\n');
            }
            return;
        }
        List<String> confirmed = names(invitations, i -> i.confirmedAt() != null);
        if (!confirmed.isEmpty()) {
            b.append("出席单位（据参会确认，请核对）：").append(String.join("、", confirmed)).append('\n');
        } else if (!invitations.isEmpty()) {
            b.append("出席单位（请填写）：").append('\n');
        }
    }

    private static List<String> names(List<Invitation> invitations, Predicate<Invitation> which) {
        return invitations.stream().filter(which).map(Invitation::unitName).toList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
