package org.homeward.search.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the Elasticsearch distribution zip (configured, local Maven repository, or downloaded) and unpacks it. */
final class Distribution {

    private static final Logger log = LoggerFactory.getLogger(Distribution.class);
    private static final String MAVEN_PATH = "org/elasticsearch/distribution/integ-test-zip/elasticsearch/%1$s/elasticsearch-%1$s.zip";

    private Distribution() {
    }

    static Path locate(EmbeddedElasticsearchSettings settings, Path downloads) {
        if (settings.distribution() != null) {
            if (!Files.isRegularFile(settings.distribution())) {
                throw new IllegalStateException("The configured Elasticsearch distribution does not exist: " + settings.distribution());
            }
            return settings.distribution();
        }
        String path = MAVEN_PATH.formatted(settings.version());
        Path inLocalRepository = Path.of(System.getProperty("user.home"), ".m2", "repository").resolve(path);
        if (Files.isRegularFile(inLocalRepository)) {
            return inLocalRepository;
        }
        Path downloaded = downloads.resolve(Path.of(path).getFileName());
        if (!Files.isRegularFile(downloaded)) {
            download(settings.repository().resolve(path), downloaded);
        }
        return downloaded;
    }

    private static void download(URI source, Path target) {
        log.info("Downloading Elasticsearch from {}", source);
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(20)).build()) {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            HttpResponse<Path> zip = http.send(HttpRequest.newBuilder(source).build(), HttpResponse.BodyHandlers.ofFile(partial));
            HttpResponse<String> sha1 = http.send(HttpRequest.newBuilder(URI.create(source + ".sha1")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (zip.statusCode() != 200 || sha1.statusCode() != 200) {
                throw new IllegalStateException("Downloading " + source + " failed with HTTP " + zip.statusCode());
            }
            String expected = sha1.body().trim().split("\\s+")[0];
            if (!expected.equalsIgnoreCase(sha1Of(partial))) {
                Files.delete(partial);
                throw new IllegalStateException("The download of " + source + " does not match its SHA-1 checksum");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot download Elasticsearch from " + source
                    + "; set homeward.search.embedded.distribution to a local copy, or spring.elasticsearch.uris to a running node", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks the zip into {@code parent} once; returns the distribution's folder. */
    static Path unpack(Path zip, Path parent, String version) {
        Path folder = parent.resolve("elasticsearch-" + version);
        Path complete = folder.resolve(".unpacked");
        if (Files.exists(complete)) {
            return folder;
        }
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Path root = parent.toAbsolutePath().normalize();
            for (ZipEntry entry : archive.stream().toList()) {
                Path target = root.resolve(entry.getName()).normalize();
                if (!target.startsWith(root)) {
                    throw new IllegalStateException("Unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                if (target.getParent().getFileName().toString().equals("bin")) {
                    target.toFile().setExecutable(true, false);
                }
            }
            Files.createFile(complete);
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + parent, e);
        }
    }

    private static String sha1Of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
