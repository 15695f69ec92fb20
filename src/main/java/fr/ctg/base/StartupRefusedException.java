package fr.ctg.base;

/**
 * A start the portal refuses because of its configuration (no public address outside the demo, the published demo
 * password on a production server, a jar built without the production profile...): start-up stops with one line
 * saying why and one saying what to do ({@link StartupRefusedFailureAnalyzer}).
 */
public class StartupRefusedException extends IllegalStateException {

    private final String action;

    public StartupRefusedException(String description, String action) {
        super(description);
        this.action = action;
    }

    public String getAction() {
        return action;
    }
}
