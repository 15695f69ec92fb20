package fr.ctg.document.internal;

import fr.ctg.document.DocumentStorage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Files in an S3-compatible object store ({@code ctg.files.store=s3}: several nodes share it, see ADR 0025): uploads
 * are staged in the local {@code staging/} folder as with the local store, then uploaded under their key when their
 * row is about to commit; the bucket is created at start if missing, and a store that does not answer stops the start
 * with a clear message.
 */
@Component
@ConditionalOnProperty(name = "ctg.files.store", havingValue = "s3")
class S3DocumentStorage implements DocumentStorage, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStorage.class);

    private final StagingArea staging;
    private final S3Client s3;
    private final String bucket;

    S3DocumentStorage(@Value("${ctg.files.dir:data/files}") Path root,
                      @Value("${ctg.files.s3.endpoint:}") String endpoint,
                      @Value("${ctg.files.s3.bucket:ctg-files}") String bucket,
                      @Value("${ctg.files.s3.region:eu-west-3}") String region,
                      @Value("${ctg.files.s3.access-key:}") String accessKey,
                      @Value("${ctg.files.s3.secret-key:}") String secretKey,
                      @Value("${ctg.files.s3.path-style:true}") boolean pathStyle) throws IOException {
        this.staging = new StagingArea(root.resolve("staging"));
        this.bucket = bucket;
        var builder = S3Client.builder().region(Region.of(region)).forcePathStyle(pathStyle)
                .httpClientBuilder(UrlConnectionHttpClient.builder());
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        if (!accessKey.isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
        this.s3 = builder.build();
        ensureBucket(endpoint);
    }

    private void ensureBucket(String endpoint) {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (NoSuchBucketException missing) {
            s3.createBucket(b -> b.bucket(bucket));
            log.info("Object store: bucket {} created", bucket);
        } catch (SdkException e) {
            throw new IllegalStateException("The object store (" + (endpoint.isBlank() ? "AWS" : endpoint) + ", bucket "
                    + bucket + ") does not answer: " + e.getMessage(), e);
        }
    }

    @Override
    public void destroy() {
        s3.close();
    }

    @Override
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        return staging.stage(in, maxBytes);
    }

    @Override
    public void place(Staged staged, String key) throws IOException {
        try {
            s3.putObject(b -> b.bucket(bucket).key(StagingArea.checkKey(key)).contentLength(staged.size()),
                    RequestBody.fromFile(staged.path()));
        } catch (SdkException e) {
            throw new IOException("the object store did not take the file: " + e.getMessage(), e);
        }
        Files.deleteIfExists(staged.path());
    }

    @Override
    public void discard(Staged staged) {
        staging.discard(staged);
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(StagingArea.checkKey(key)));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (SdkException e) {
            throw new IOException("the object store did not give the file: " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            s3.deleteObject(b -> b.bucket(bucket).key(StagingArea.checkKey(key)));
        } catch (SdkException e) {
            log.warn("Object {} not deleted now (the orphan sweep will): {}", key, e.getMessage());
        }
    }

    @Override
    public Set<String> keys() throws IOException {
        return keysPlacedBefore(Instant.MAX);
    }

    @Override
    public Set<String> keysPlacedBefore(Instant cutoff) throws IOException {
        Set<String> keys = new HashSet<>();
        try {
            for (S3Object o : s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents()) {
                if (o.lastModified().isBefore(cutoff)) {
                    keys.add(o.key());
                }
            }
        } catch (SdkException e) {
            throw new IOException("the object store did not list its files: " + e.getMessage(), e);
        }
        return keys;
    }

    @Override
    public void clearStagingBefore(Instant cutoff) throws IOException {
        staging.clearBefore(cutoff);
    }
}
