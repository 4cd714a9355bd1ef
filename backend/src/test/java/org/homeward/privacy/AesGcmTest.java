package org.homeward.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

class AesGcmTest {

    private final SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
    private final byte[] caseA = "case-a/key-1".getBytes(StandardCharsets.UTF_8);

    @Test
    void opensWhatItSealed() {
        byte[] sealed = AesGcm.encrypt(key, "Ayu Lestari".getBytes(StandardCharsets.UTF_8), caseA);

        assertThat(new String(sealed, StandardCharsets.UTF_8)).doesNotContain("Ayu");
        assertThat(AesGcm.decrypt(key, sealed, caseA)).asString(StandardCharsets.UTF_8).isEqualTo("Ayu Lestari");
    }

    @Test
    void sealingTwiceGivesDifferentCiphertexts() {
        byte[] plain = "Ayu Lestari".getBytes(StandardCharsets.UTF_8);
        assertThat(AesGcm.encrypt(key, plain, caseA)).isNotEqualTo(AesGcm.encrypt(key, plain, caseA));
    }

    @Test
    void ciphertextOfOneCaseDoesNotOpenAsAnother() {
        byte[] sealed = AesGcm.encrypt(key, "Ayu Lestari".getBytes(StandardCharsets.UTF_8), caseA);
        byte[] caseB = "case-b/key-1".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, caseB)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tamperedCiphertextIsRefused() {
        byte[] sealed = AesGcm.encrypt(key, "Ayu Lestari".getBytes(StandardCharsets.UTF_8), caseA);
        sealed[sealed.length - 1] ^= 1;

        assertThatThrownBy(() -> AesGcm.decrypt(key, sealed, caseA)).isInstanceOf(IllegalStateException.class);
    }
}
