package fr.ctg.contribution.ui;

import fr.ctg.contribution.CallService;
import fr.ctg.contribution.PartnerService;
import fr.ctg.contribution.ReviewService;
import fr.ctg.contribution.SubmissionService;
import fr.ctg.convention.ConventionService;
import fr.ctg.document.DocumentService;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** The services the contribution pages use. */
@Component
record ContributionUiServices(PartnerService partners, CallService calls, SubmissionService submissions,
                              ReviewService review, ConventionService conventions, Clock clock,
                              DocumentService documents) {
}
