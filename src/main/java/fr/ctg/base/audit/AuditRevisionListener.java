package fr.ctg.base.audit;

import fr.ctg.base.TimeConfig;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in person (the platform itself for start-up work). */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth.getName() == null) {
            revision.setUsername(TimeConfig.SYSTEM_AUDITOR);
            revision.setDisplayName(TimeConfig.SYSTEM_AUDITOR);
            return;
        }
        revision.setUsername(auth.getName());
        revision.setDisplayName(displayName(auth.getPrincipal(), auth.getName()));
    }

    private static String displayName(Object principal, String fallback) {
        return principal instanceof HasDisplayName named && named.displayName() != null ? named.displayName() : fallback;
    }
}
