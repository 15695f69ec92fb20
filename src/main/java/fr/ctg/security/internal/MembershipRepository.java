package fr.ctg.security.internal;

import fr.ctg.security.Role;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByAccountIdAndConventionId(Long accountId, Long conventionId);

    /** The roles an account holds in a convention, in one query (every service call asks). */
    @Query("select r from Membership m join m.roles r where m.account.id = :accountId and m.conventionId = :conventionId")
    List<Role> findRoles(Long accountId, Long conventionId);

    /**
     * The same roles, and {@code ADMIN} once more if the account administers the Caf given (the convention's): the
     * access check of every service call in one query rather than two.
     */
    @Query(nativeQuery = true, value = """
            select r.role from membership m join membership_role r on r.membership_id = m.id
             where m.account_id = :accountId and m.convention_id = :conventionId
            union all
            select 'ADMIN' from caf_administrator a where a.caf_id = :cafId and a.account_id = :accountId""")
    List<String> findRolesAndCafAdministration(Long accountId, Long conventionId, Long cafId);

    @Query("select distinct m.conventionId from Membership m where m.account.id = :accountId")
    List<Long> findConventionIdsByAccountId(Long accountId);

    /** The conventions where an account holds one of {@code roles}. */
    @Query("select distinct m.conventionId from Membership m join m.roles r where m.account.id = :accountId "
            + "and r in :roles")
    List<Long> findConventionIdsByAccountIdAndRoleIn(Long accountId, Collection<Role> roles);

    @Query("select m from Membership m join fetch m.account where m.conventionId = :conventionId order by m.account.displayName")
    List<Membership> findByConventionIdWithAccount(Long conventionId);

    @Query("select m from Membership m where m.account.id = :accountId order by m.conventionId")
    List<Membership> findByAccountId(Long accountId);

    /** Enabled accounts holding ADMIN in the convention. */
    @Query("select m.account.id from Membership m join m.roles r where m.conventionId = :conventionId "
            + "and r = fr.ctg.security.Role.ADMIN and m.account.enabled = true")
    List<Long> findAdministratorIds(Long conventionId);

    /** Whether the account holds ADMIN in at least one convention. */
    @Query("select count(m) > 0 from Membership m join m.roles r where m.account.id = :accountId "
            + "and r = fr.ctg.security.Role.ADMIN")
    boolean administersAConvention(Long accountId);

    @Modifying
    @Query("delete from Membership m where m.account.id = :accountId")
    void deleteByAccountId(Long accountId);
}
