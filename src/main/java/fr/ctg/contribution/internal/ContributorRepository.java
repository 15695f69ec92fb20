package fr.ctg.contribution.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContributorRepository extends JpaRepository<Contributor, Long> {

    List<Contributor> findByOrganisationId(Long organisationId);
}
