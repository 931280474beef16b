package org.aidflow.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.aidflow.directory.Directory;
import org.aidflow.documents.DocumentSubjects.Parties;
import org.aidflow.security.CurrentUser;
import org.aidflow.security.Visibility;
import org.aidflow.web.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploads outside the web root under random names, after checking their type by content,
 * their size and their name ({@link FileNames}), and records their SHA-256. An agreement or project
 * that has reached a final status takes no more documents.
 */
@Service
public class DocumentStore {

    static final long MAX_SIZE = 20L * 1024 * 1024;

    private final Documents documents;
    private final List<DocumentSubjects> subjects;
    private final Visibility visibility;
    private final Directory directory;
    private final Path root;

    DocumentStore(Documents documents, List<DocumentSubjects> subjects, Visibility visibility, Directory directory,
                  @Value("${aidflow.documents.dir}") String root) {
        this.documents = documents;
        this.subjects = subjects;
        this.visibility = visibility;
        this.directory = directory;
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Transactional
    public Document upload(CurrentUser user, MultipartFile file, Long agreementId, Long projectId) {
        if ((agreementId == null) == (projectId == null)) {
            throw ApiException.badRequest(agreementId == null ? "agreementId" : "projectId", "document.subject");
        }
        String subject = agreementId != null ? "agreement" : "project";
        long subjectId = agreementId != null ? agreementId : projectId;
        Parties parties = parties(subject, subjectId);
        if (!visibility.canSee(user, parties.donor(), parties.recipient())) {
            throw ApiException.notFound();
        }
        if (!mayAct(user, parties)) {
            throw ApiException.forbidden();
        }
        // locked until the document is recorded, so that the subject cannot reach a final status in between
        boolean closed = subjects(subject).flatMap(s -> s.lockParties(subjectId)).map(Parties::closed).orElse(true);
        if (closed) {
            throw ApiException.conflict("document." + subject + "Closed");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.badRequest("file", "document.empty");
        }
        if (file.getSize() > MAX_SIZE) {
            throw ApiException.badRequest("file", "document.tooLarge");
        }
        String contentType = ContentSniffer.sniff(head(file)).orElseThrow(() -> ApiException.badRequest("file", "document.type"));
        String fileName = FileNames.accepted(file.getOriginalFilename(), contentType);
        String storageKey = java.time.Year.now().getValue() + "/" + UUID.randomUUID();
        String sha256 = write(file, storageKey);
        Timestamp now = Timestamp.from(Instant.now());
        long id = documents.insert(agreementId, projectId, fileName, contentType, file.getSize(), sha256, storageKey,
                user.username(), now);
        return documents.find(id).orElseThrow();
    }

    /** The document and its bytes, if the user may see its agreement or project. */
    public Optional<Stored> read(CurrentUser user, long id) {
        return documents.find(id).filter(d -> {
            Parties parties = d.agreementId() != null ? parties("agreement", d.agreementId()) : parties("project", d.projectId());
            return visibility.canSee(user, parties.donor(), parties.recipient());
        }).map(d -> new Stored(d, new FileSystemResource(root.resolve(documents.storageKey(id).orElseThrow()))));
    }

    public record Stored(Document document, Resource content) {
    }

    /**
     * Someone of a party union (or of a union above the recipient) who may change things at all: an
     * upload is a write, and auditors change nothing ({@link CurrentUser#mayChange}).
     */
    private boolean mayAct(CurrentUser user, Parties parties) {
        if (user.unionCode() == null || !user.mayChange(List.of())) {
            return false;
        }
        return user.unionCode().equals(parties.donor()) || directory.isSelfOrBelow(parties.recipient(), user.unionCode());
    }

    private Parties parties(String type, long id) {
        return subjects(type).flatMap(s -> s.parties(id)).orElseThrow(ApiException::notFound);
    }

    private Optional<DocumentSubjects> subjects(String type) {
        return subjects.stream().filter(s -> s.subjectType().equals(type)).findFirst();
    }

    private static byte[] head(MultipartFile file) {
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw ApiException.badRequest("file", "document.unreadable");
        }
    }

    private String write(MultipartFile file, String storageKey) {
        Path target = root.resolve(storageKey);
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "upload", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = file.getInputStream();
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                in.transferTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            deleteOnRollback(target);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteOnRollback(Path file) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    try {
                        Files.deleteIfExists(file);
                    } catch (IOException ignored) {
                        // an orphaned file is harmless: no row points to it
                    }
                }
            }
        });
    }
}
