package fr.ctg.base;

/** The caller is a member of the convention but their role does not allow this action. */
public class AccessRefusedException extends BusinessRuleException {

    public AccessRefusedException() {
        super("error.accessRefused");
    }
}
