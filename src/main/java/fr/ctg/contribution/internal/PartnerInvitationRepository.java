package fr.ctg.contribution.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PartnerInvitationRepository extends JpaRepository<PartnerInvitation, Long> {
}
