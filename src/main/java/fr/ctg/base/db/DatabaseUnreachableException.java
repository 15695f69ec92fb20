package fr.ctg.base.db;

/** The configured MariaDB did not answer at start-up. */
public class DatabaseUnreachableException extends RuntimeException {

    private final String url;

    public DatabaseUnreachableException(String url, Throwable cause) {
        super("MariaDB unreachable at " + url + ": " + rootMessage(cause), cause);
        this.url = url;
    }

    public String getUrl() {
        return url;
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
