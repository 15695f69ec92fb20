package fr.ctg.journal.internal;

import fr.ctg.base.journal.JournalKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface JournalEntryRepository extends JpaRepository<JournalEntry, Long> {

    /**
     * Entries matching every filter given (null: any). {@code conventionIds} and {@code cafId} bound the scope: a
     * convention's administrators see its entries, a Caf's administrators its conventions' and its own.
     */
    @Query("""
            select e from JournalEntry e
            where (:allScopes = true
                   or (e.conventionId in :conventionIds)
                   or (:cafId is not null and e.cafId = :cafId))
              and (:conventionId is null or e.conventionId = :conventionId)
              and (:personId is null or e.actorAccountId = :personId or e.subjectAccountId = :personId)
              and (:kind is null or e.kind = :kind)
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
            order by e.occurredAt desc, e.id desc""")
    Page<JournalEntry> search(boolean allScopes, List<Long> conventionIds, Long cafId, Long conventionId,
                              Long personId, JournalKind kind, Instant from, Instant to, Pageable page);

    @Query("select e from JournalEntry e where e.actorAccountId = :accountId or e.subjectAccountId = :accountId "
            + "order by e.occurredAt")
    List<JournalEntry> aboutPerson(Long accountId);
}
