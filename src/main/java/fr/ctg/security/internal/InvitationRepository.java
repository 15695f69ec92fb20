package fr.ctg.security.internal;

import fr.ctg.security.InvitationKind;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByTokenSha256(String tokenSha256);

    List<Invitation> findByConventionIdOrderByIdDesc(Long conventionId);

    List<Invitation> findByConventionIdAndKindOrderByIdDesc(Long conventionId, InvitationKind kind);

    List<Invitation> findByCafIdAndKindOrderByIdDesc(Long cafId, InvitationKind kind);

    List<Invitation> findByEmailIgnoreCase(String email);
}
