package fr.ctg.base;

/**
 * The thing asked for does not exist, or the caller may not know that it exists. Services throw it
 * for ids of other conventions too, so that guessing ids reveals nothing (Article 12).
 */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException() {
        super("error.notFound");
    }
}
