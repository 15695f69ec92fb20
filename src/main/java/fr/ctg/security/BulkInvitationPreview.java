package fr.ctg.security;

import java.util.List;

/**
 * What inviting from a CSV file would do, row by row (nothing is sent until the administrator confirms): each row's
 * line, who, what they would receive, and whether it is ready or refused (with a message key and arguments).
 */
public record BulkInvitationPreview(List<Row> rows, String fileErrorKey, List<Object> fileErrorArguments) {

    public record Row(int line, String name, String email, NewInvitation invitation, String errorKey,
                      List<Object> errorArguments) {

        public boolean ready() {
            return errorKey == null;
        }
    }

    public boolean fileRejected() {
        return fileErrorKey != null;
    }

    public long ready() {
        return rows.stream().filter(Row::ready).count();
    }
}
