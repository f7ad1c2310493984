package org.studenthub.reporting.seal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;

/**
 * Reads and writes a college seal as a PKCS#12 keystore (one key entry, alias {@value #ALIAS}). Files are written
 * atomically (a temporary file in the same folder, then a move) and readable by their owner only where the
 * file system can say so (POSIX permissions or a Windows ACL). Passwords are the caller's to wipe; they never
 * appear in an exception message or a log line.
 */
public final class SealKeystore {
    static final String ALIAS = "seal";

    private SealKeystore() {}

    /** Opens the seal stored at {@code file}. */
    public static SealKey load(Path file, char[] password) {
        KeyStore store = read(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (!(key instanceof PrivateKey privateKey)) {
                    continue;
                }
                if (chain == null || chain.length == 0) {
                    throw new SealException("seal.keystore.no_chain", file);
                }
                List<X509Certificate> certificates = new ArrayList<>();
                for (Certificate certificate : chain) {
                    certificates.add((X509Certificate) certificate);
                }
                return new SealKey(privateKey, certificates);
            }
        } catch (UnrecoverableKeyException e) {
            throw new SealException("seal.keystore.password_wrong", e, file);
        } catch (GeneralSecurityException e) {
            throw new SealException("seal.keystore.unreadable", e, file, e.getClass().getSimpleName());
        }
        throw new SealException("seal.keystore.no_private_key", file);
    }

    /** Writes {@code key} to a new file; refuses to replace an existing seal. */
    public static void store(SealKey key, Path file, char[] password) {
        byte[] encoded = encode(key, password);
        Path target = file.toAbsolutePath();
        try {
            createOwnerOnlyFolder(target.getParent());
            if (Files.exists(target)) {
                throw new SealException("seal.keystore.exists", target);
            }
            Path temp = ownerOnlyTempFile(target.getParent());
            try {
                Files.write(temp, encoded);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (FileAlreadyExistsException e) {
            throw new SealException("seal.keystore.exists", e, target);
        } catch (IOException e) {
            throw new SealException("seal.keystore.unwritable", e, target, e.getClass().getSimpleName());
        }
    }

    private static KeyStore read(Path file, char[] password) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (NoSuchFileException e) {
            throw new SealException("seal.keystore.missing", e, file);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || e.getCause() instanceof javax.crypto.BadPaddingException) {
                throw new SealException("seal.keystore.password_wrong", e, file);
            }
            throw new SealException("seal.keystore.unreadable", e, file, e.getClass().getSimpleName());
        } catch (GeneralSecurityException e) {
            throw new SealException("seal.keystore.unreadable", e, file, e.getClass().getSimpleName());
        }
    }

    private static byte[] encode(SealKey key, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new SealException("seal.certificate.creation_failed", e, e.getClass().getSimpleName());
        }
    }

    private static void createOwnerOnlyFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path existing = folder.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && Files.getFileAttributeView(existing, PosixFileAttributeView.class) != null) {
            Files.createDirectories(folder,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
    }

    private static Path ownerOnlyTempFile(Path folder) throws IOException {
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
            return Files.createTempFile(folder, ".seal-", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path temp = Files.createTempFile(folder, ".seal-", ".tmp");
        AclFileAttributeView acl = Files.getFileAttributeView(temp, AclFileAttributeView.class);
        if (acl != null) {
            UserPrincipal owner = Files.getOwner(temp);
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
        return temp;
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }
}
