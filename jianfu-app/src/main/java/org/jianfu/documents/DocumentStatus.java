package org.jianfu.documents;

/**
 * Where a document stands, for a link from another module's page.
 *
 * @param state          DRAFT, REVIEW, SIGNING, SIGNED, ISSUED or WITHDRAWN
 * @param stateLabel     the state in Chinese (起草中 … 已印发)
 * @param documentNumber the 文号 once issued, otherwise null
 */
public record DocumentStatus(long id, String title, String state, String stateLabel, String documentNumber) {

    public boolean draft() {
        return "DRAFT".equals(state);
    }
}
