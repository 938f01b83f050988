package vn.giamsat.admin.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin's Upload speaks English unless told otherwise ("Upload File...", "File is too big", "Connecting..."): these
 * are its texts from the message bundle, in the UI's language. Call it where the view sets its other texts, so that a
 * change of language rewords the upload too.
 */
public final class UploadTexts {
    private UploadTexts() {}

    /** Every text of {@code upload} from the bundle; its button reads {@code buttonKey} (what the user chooses). */
    public static void apply(Upload upload, String buttonKey) {
        String button = upload.getTranslation(buttonKey);
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(button).setMany(button))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t(upload, "upload.drop.one"))
                        .setMany(t(upload, "upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t(upload, "upload.error.too-many"))
                        .setFileIsTooBig(t(upload, "upload.error.too-big"))
                        .setIncorrectFileType(t(upload, "upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(t(upload, "upload.file.retry"))
                        .setStart(t(upload, "upload.file.start")).setRemove(t(upload, "upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(upload, "upload.status.connecting"))
                                .setStalled(t(upload, "upload.status.stalled"))
                                .setProcessing(t(upload, "upload.status.processing"))
                                .setHeld(t(upload, "upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(t(upload, "upload.remaining.prefix"))
                                .setUnknown(t(upload, "upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t(upload, "upload.failed.unavailable"))
                                .setUnexpectedServerError(t(upload, "upload.failed.server"))
                                .setForbidden(t(upload, "upload.failed.forbidden"))
                                .setFileTooLarge(t(upload, "upload.failed.too-large")))));
    }

    private static String t(Upload upload, String key) {
        return upload.getTranslation(key);
    }
}
