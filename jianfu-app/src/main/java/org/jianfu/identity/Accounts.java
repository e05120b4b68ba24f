package org.jianfu.identity;

import java.util.List;
import java.util.Optional;
import org.jianfu.platform.Role;

/** Look-ups of accounts for other modules (e.g. whom to remind in a unit). */
public interface Accounts {

    Optional<Account> account(long id);

    List<Account> ofUnit(long unitId);

    List<Account> ofUnit(long unitId, Role role);
}
