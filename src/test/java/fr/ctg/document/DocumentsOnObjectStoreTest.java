package fr.ctg.document;

import static fr.ctg.document.TestFiles.file;
import static fr.ctg.document.TestFiles.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import fr.ctg.CtgSpringTest;
import fr.ctg.S3MockServer;
import fr.ctg.TestLogin;
import fr.ctg.document.internal.OrphanFileSweeper;
import fr.ctg.objective.EditingFixture;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The whole application with its files in an S3-compatible store ({@code ctg.files.store=s3}, Adobe S3Mock): an
 * upload lands in the bucket under its version's key and downloads byte-identical; the orphan sweep removes an object
 * whose row never committed, never a committed one.
 */
@CtgSpringTest
class DocumentsOnObjectStoreTest {

    static final String BUCKET = "ctg-spring-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) throws Exception {
        String endpoint = S3MockServer.shared().endpoint();
        registry.add("ctg.files.store", () -> "s3");
        registry.add("ctg.files.s3.endpoint", () -> endpoint);
        registry.add("ctg.files.s3.bucket", () -> BUCKET);
        registry.add("ctg.files.s3.access-key", () -> "test");
        registry.add("ctg.files.s3.secret-key", () -> "test");
    }

    @Autowired
    DocumentService documents;
    @Autowired
    DocumentStorage storage;
    @Autowired
    OrphanFileSweeper sweeper;
    @Autowired
    TestLogin login;
    @Autowired
    EditingFixture fixture;

    @AfterEach
    void logout() {
        login.logout();
    }

    @Test
    void uploadsLiveInTheBucketAndOnlyOrphansAreSwept() throws Exception {
        assertThat(storage.getClass().getSimpleName()).isEqualTo("S3DocumentStorage");
        EditingFixture.World w = fixture.create();
        login.as(w.user("secretariat"));
        byte[] bytes = pdf("Délibération sur l’objet");
        long id = documents.createDocument(w.conventionId(), new DocumentMeta(DocumentKind.OTHER, "Compte rendu", null),
                file("compte-rendu.pdf", bytes));
        VersionRow v = documents.get(id).summary().current();
        try (InputStream in = documents.open(v.id()).content().open()) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        try (S3Client s3 = S3Client.builder().region(Region.EU_WEST_3).forcePathStyle(true)
                .endpointOverride(URI.create(S3MockServer.shared().endpoint()))
                .credentialsProvider(() -> AwsBasicCredentials.create("t", "t"))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
            assertThat(s3.listObjectsV2(b -> b.bucket(BUCKET)).contents()).as("the bucket holds the upload").isNotEmpty();
        }
        int committed = storage.keys().size();

        String orphan = UUID.randomUUID().toString();
        storage.place(storage.stage(new ByteArrayInputStream(pdf("orphan")), 1000), orphan);
        assertThat(sweeper.sweep(Instant.now())).as("too recent: maybe another node's commit under way").isZero();
        assertThat(sweeper.sweep(Instant.now().plus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(storage.keys()).doesNotContain(orphan).hasSize(committed);
        try (InputStream in = documents.open(v.id()).content().open()) {
            assertThat(in.readAllBytes()).as("the committed file stays").isEqualTo(bytes);
        }
    }
}
