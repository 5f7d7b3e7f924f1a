package com.knead.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Self-signed TLS certificates for the tests' PostgreSQL, made by openssl. */
public final class TestCertificates {

    private TestCertificates() {
    }

    /** A self-signed certificate for localhost (and 127.0.0.1), {@code cert.pem} with its {@code key.pem}, in {@code folder}. */
    public static Path localhost(Path folder) throws Exception {
        Files.createDirectories(folder);
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout", folder.resolve("key.pem").toString(), "-out", folder.resolve("cert.pem").toString())
                .redirectErrorStream(true).start();
        String said = new String(openssl.getInputStream().readAllBytes());
        assertThat(openssl.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as(said).isZero();
        return folder;
    }
}
