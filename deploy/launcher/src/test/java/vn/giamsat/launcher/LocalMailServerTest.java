package vn.giamsat.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalMailServerTest {
    @TempDir Path local;

    @Test
    void aMailSentToTheLocalSmtpServerIsWrittenToTheMailFolderAsAnEmlFile() throws Exception {
        int port = FreePorts.any();
        try (LocalMailServer mail = new LocalMailServer(port, local.resolve("mail")).start()) {
            Properties p = new Properties();
            p.put("mail.smtp.host", "127.0.0.1");
            p.put("mail.smtp.port", String.valueOf(port));
            MimeMessage m = new MimeMessage(Session.getInstance(p));
            m.setFrom(new InternetAddress("nhac-viec@giamsat.local"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("canbo.tamdan@giamsat.local"));
            m.setSubject("Kiến nghị quá hạn", "UTF-8");
            m.setText("Đề nghị cập nhật kết quả thực hiện.", "UTF-8");
            Transport.send(m);

            assertThat(mail.writeNew()).isEqualTo(1);
        }
        Path eml = local.resolve("mail/0001.eml");
        assertThat(eml).exists();
        MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), Files.newInputStream(eml));
        assertThat(read.getSubject()).isEqualTo("Kiến nghị quá hạn");
        assertThat(new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("Đề nghị cập nhật kết quả thực hiện.");
    }
}
