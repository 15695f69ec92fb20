package fr.ctg.document.internal;

import fr.ctg.document.DocumentKind;
import fr.ctg.document.IssuingBody;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DocumentRepository extends JpaRepository<Document, Long> {

    /** Documents whose file text has not been extracted yet (uploaded before the search), oldest first. */
    @Query("select d.id from Document d where d.contentText is null order by d.id")
    List<Long> findIdsWithoutText(Pageable page);

    boolean existsByConventionIdAndIssuingBodyAndNumberAndSessionYear(Long conventionId, IssuingBody body,
                                                                     String number, Integer sessionYear);

    @Query("""
            select d from Document d where d.conventionId = :conventionId
              and (:kind is null or d.kind = :kind)
              and (:body is null or d.issuingBody = :body)
              and (:from is null or d.sessionDate >= :from)
              and (:to is null or d.sessionDate <= :to)
              and (:text is null or lower(d.title) like :text or lower(d.number) like :text
                   or lower(d.description) like :text)
              and (:associationsOnly = false or d.publishedToAssociations = true)
            order by coalesce(d.sessionDate, cast(d.createdAt as LocalDate)) desc, d.id desc""")
    List<Document> search(Long conventionId, DocumentKind kind, IssuingBody body, LocalDate from, LocalDate to,
                          String text, boolean associationsOnly);
}
