package fr.ctg.contribution.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmissionRepository extends JpaRepository<Submission, Long> {

    Optional<Submission> findByCallIdAndOrganisationId(Long callId, Long organisationId);

    List<Submission> findByCallIdOrderById(Long callId);
}
