package fr.ctg.security.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByAccountIdAndConventionId(Long accountId, Long conventionId);

    @Query("select distinct m.conventionId from Membership m where m.account.id = :accountId")
    List<Long> findConventionIdsByAccountId(Long accountId);

    @Query("select m from Membership m join fetch m.account where m.conventionId = :conventionId order by m.account.displayName")
    List<Membership> findByConventionIdWithAccount(Long conventionId);
}
