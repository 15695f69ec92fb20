package fr.ctg.contribution.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenSha256(String tokenSha256);

    List<Invitation> findByConventionIdOrderByIdDesc(Long conventionId);

    List<Invitation> findByEmailIgnoreCase(String email);
}
