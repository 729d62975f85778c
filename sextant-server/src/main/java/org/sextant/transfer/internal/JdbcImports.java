package org.sextant.transfer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sextant.audit.AuditLog;
import org.sextant.identity.CurrentUser;
import org.sextant.identity.CurrentUsers;
import org.sextant.identity.Role;
import org.sextant.interchange.model.InterchangeFile;
import org.sextant.interchange.model.ProjectData;
import org.sextant.interchange.model.TaskData;
import org.sextant.interchange.read.InterchangeReader;
import org.sextant.interchange.read.ReadResult;
import org.sextant.platform.BusinessRuleException;
import org.sextant.platform.NotFoundException;
import org.sextant.transfer.ImportJob;
import org.sextant.transfer.ImportJobId;
import org.sextant.transfer.ImportOptions;
import org.sextant.transfer.ImportPreview;
import org.sextant.transfer.Imports;
import org.sextant.transfer.TransferProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link Imports} with jobs in {@code import_job} (the file too, so any replica can carry on): the
 * upload stores the file and hands reading to the worker pool; confirming hands the import to it,
 * which runs it in one transaction and records progress in separate short ones.
 */
@Service
class JdbcImports implements Imports {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcImports.class);
    private static final String ENTITY = "ImportJob";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditLog audit;
    private final ThreadPoolTaskExecutor executor;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final ProjectImporter importer;
    private final TransferProperties properties;

    JdbcImports(JdbcClient jdbc, JsonMapper json, AuditLog audit, ThreadPoolTaskExecutor transferExecutor,
            PlatformTransactionManager transactions, ProjectImporter importer, TransferProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
        this.executor = transferExecutor;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.importer = importer;
        this.properties = properties;
    }

    @Override
    public ImportJob upload(String fileName, InputStream content) throws IOException {
        CurrentUser user = requireImporter();
        String name = fileName == null || fileName.isBlank() ? "upload" : Path.of(fileName).getFileName().toString();
        long limit = properties.maxFileSize().toBytes();
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        boolean tooLarge = bytes.length > limit;
        long id = separate.execute(status -> {
            long created = jdbc.sql("""
                    insert into import_job (created_by, file_name, content, status, problem, message)
                    values (?, ?, ?, ?, ?, ?) returning id""")
                    .params(user.id().value(), ProjectImporter.truncate(name, 300), tooLarge ? null : bytes,
                            (tooLarge ? ImportJob.Status.REFUSED : ImportJob.Status.ANALYSING).name(),
                            tooLarge ? "TOO_LARGE" : null,
                            tooLarge ? "the file is larger than the limit of " + limit + " bytes" : null)
                    .query(Long.class).single();
            audit.created(ENTITY, created, null, new Uploaded(name, bytes.length));
            return created;
        });
        if (!tooLarge) {
            // the bytes just stored are handed over as they are: reading 6 MB back from PostgreSQL (as hex
            // text) cost more than parsing them; the stored copy stays for any other replica
            executor.execute(() -> analyse(id, name, bytes));
        }
        return load(id);
    }

    /** What the audit trail records of an upload. */
    record Uploaded(String fileName, long bytes) {
    }

    /** What the audit trail records of a confirmed import. */
    record Confirmed(String fileName, List<Long> projectIds) {
    }

    @Override
    public ImportJob confirm(ImportJobId id, ImportOptions options) {
        requireImporter();
        ImportJob job = get(id);
        int rows = jdbc.sql("update import_job set status = 'IMPORTING', progress = 0, updated_at = now() "
                + "where id = ? and status = 'READY'").param(id.value()).update();
        if (rows == 0) {
            throw BusinessRuleException.conflict("status", "import " + id + " is " + job.status()
                    + "; only an analysed (READY) import can be confirmed");
        }
        executor.execute(() -> runImport(id.value(), options == null ? ImportOptions.defaults() : options));
        return load(id.value());
    }

    @Override
    public ImportJob get(ImportJobId id) {
        CurrentUser user = requireImporter();
        Long owner = jdbc.sql("select created_by from import_job where id = ?").param(id.value()).query(Long.class)
                .optional().orElseThrow(() -> new NotFoundException(ENTITY, id));
        if (!owner.equals(user.id().value()) && !user.has(Role.ADMIN)) {
            throw new AccessDeniedException("An import is seen by the user who uploaded it.");
        }
        return load(id.value());
    }

    private void analyse(long id, String name, byte[] content) {
        try {
            ReadResult result = read(id, name, content);
            switch (result) {
                case ReadResult.Refused refused -> finish(id, ImportJob.Status.REFUSED, refused.problem().name(),
                        refused.message());
                case ReadResult.Read read -> {
                    long start = System.nanoTime();
                    String document = json.writeValueAsString(read.file());
                    long written = System.nanoTime();
                    separate.executeWithoutResult(s -> jdbc.sql("""
                            update import_job set status = 'READY', format = ?, preview = cast(? as jsonb), document = ?,
                                updated_at = now()
                            where id = ?""").params(read.file().format(), json.writeValueAsString(preview(read.file())),
                                    document, id)
                            .update());
                    LOG.info("import {}: document as JSON ({} characters) in {} ms, stored in {} ms", id,
                            document.length(), (written - start) / 1_000_000, (System.nanoTime() - written) / 1_000_000);
                }
            }
        } catch (RuntimeException | IOException e) {
            LOG.warn("analysing import {} failed", id, e);
            finish(id, ImportJob.Status.REFUSED, "CORRUPT", "the file cannot be read: " + e.getMessage());
        }
    }

    private void runImport(long id, ImportOptions options) {
        try {
            long start = System.nanoTime();
            String document = jdbc.sql("select document from import_job where id = ?").param(id)
                    .query(String.class).single();
            InterchangeFile file = json.readValue(document, InterchangeFile.class);
            long parsed = System.nanoTime();
            String fileName = jdbc.sql("select file_name from import_job where id = ?").param(id).query(String.class).single();
            ProjectImporter.Result created = transaction.execute(status -> {
                ProjectImporter.Result r = importer.importFile(file, fileName, id, options,
                        progress -> progress(id, progress));
                audit.created("Import", id, r.projectIds().isEmpty() ? null : r.projectIds().get(0),
                        new Confirmed(fileName, r.projectIds()));
                return r;
            });
            LOG.info("import {}: document loaded in {} ms, imported and committed (with rescheduling) in {} ms", id,
                    (parsed - start) / 1_000_000, (System.nanoTime() - parsed) / 1_000_000);
            List<String> notes = new ArrayList<>(created.notes());
            for (int i = 0; i < created.projectIds().size() && i < file.projects().size(); i++) {
                String moved = movedDates(file.projects().get(i), created.projectIds().get(i));
                if (moved != null) {
                    notes.add(moved);
                }
            }
            separate.executeWithoutResult(s -> jdbc.sql("""
                    update import_job set status = 'DONE', progress = 100, project_ids = cast(? as jsonb), program_id = ?,
                        message = ?, content = null, document = null, updated_at = now() where id = ?""")
                    .params(json.writeValueAsString(created.projectIds()), created.programId(),
                            notes.isEmpty() ? null : String.join("\n", notes), id)
                    .update());
        } catch (RuntimeException e) {
            LOG.info("import {} failed: {}", id, e.toString());
            String message = reason(e);
            finish(id, ImportJob.Status.FAILED, "IMPORT_FAILED", "nothing was imported: " + message);
        }
    }

    /**
     * Says how many tasks Sextant's schedule (computed when the import committed) gives other dates than
     * the file did, naming the first; null when all agree. Tasks are stored in file order.
     */
    private String movedDates(ProjectData data, long projectId) {
        record Dates(String name, java.time.LocalDateTime start, java.time.LocalDateTime finish) {
        }
        List<Dates> stored = jdbc.sql("select name, planned_start, planned_finish from wbs_task where project_id = ? "
                + "order by sort_order").param(projectId).query((rs, n) -> new Dates(rs.getString(1),
                        rs.getObject(2, java.time.LocalDateTime.class), rs.getObject(3, java.time.LocalDateTime.class)))
                .list();
        int moved = 0;
        String first = null;
        for (int i = 0; i < stored.size() && i < data.tasks().size(); i++) {
            TaskData task = data.tasks().get(i);
            Dates now = stored.get(i);
            if (task.start() != null && task.finish() != null && !task.finish().isBefore(task.start())
                    && (!task.start().equals(now.start()) || !task.finish().equals(now.finish()))) {
                if (moved++ == 0) {
                    first = "'" + now.name() + "' " + task.start() + " – " + task.finish() + " in the file, "
                            + now.start() + " – " + now.finish() + " in Sextant";
                }
            }
        }
        return moved == 0 ? null : moved + " of " + stored.size() + " tasks of " + data.name() + " have other dates "
                + "than the file gave them once Sextant scheduled the project (first: " + first + ")";
    }

    /** A message for the user: the business rule, or the database's first line without the SQL. */
    static String reason(Exception e) {
        Throwable cause = e;
        if (e instanceof org.springframework.dao.DataAccessException dae) {
            cause = dae.getMostSpecificCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int newline = message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }

    private ReadResult read(long id, String name, byte[] content) throws IOException {
        Path temp = Files.createTempFile("sextant-import-", "-" + id);
        try {
            Files.write(temp, content);
            long start = System.nanoTime();
            ReadResult result = new InterchangeReader(properties.maxFileSize().toBytes()).read(temp, name);
            LOG.info("read {} in {} ms", name, (System.nanoTime() - start) / 1_000_000);
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void progress(long id, int progress) {
        separate.executeWithoutResult(s -> jdbc.sql("update import_job set progress = ?, updated_at = now() where id = ?")
                .params(Math.max(0, Math.min(99, progress)), id).update());
    }

    private void finish(long id, ImportJob.Status status, String problem, String message) {
        separate.executeWithoutResult(s -> jdbc.sql("""
                update import_job set status = ?, problem = ?, message = ?, updated_at = now() where id = ?""")
                .params(status.name(), problem, ProjectImporter.truncate(message, 2000), id).update());
    }

    static ImportPreview preview(InterchangeFile file) {
        List<ImportPreview.ProjectCounts> projects = new ArrayList<>();
        for (ProjectData project : file.projects()) {
            int milestones = 0;
            int summaries = 0;
            for (TaskData task : project.tasks()) {
                milestones += task.kind() == TaskData.Kind.MILESTONE ? 1 : 0;
                summaries += task.kind() == TaskData.Kind.SUMMARY ? 1 : 0;
            }
            projects.add(new ImportPreview.ProjectCounts(project.name(), project.tasks().size(), milestones, summaries,
                    project.links().size(), project.resources().size(), project.assignments().size(),
                    project.calendars().size()));
        }
        return new ImportPreview(file.format(), projects, file.warnings().stream()
                .map(w -> new ImportPreview.Warning(w.code(), w.message(), w.count())).toList());
    }

    private ImportJob load(long id) {
        return jdbc.sql("select id, file_name, status, progress, preview::text as preview, problem, message, "
                + "project_ids::text as project_ids, program_id from import_job where id = ?")
                .param(id).query(this::map).single();
    }

    private ImportJob map(ResultSet rs, int row) throws SQLException {
        String preview = rs.getString("preview");
        String projectIds = rs.getString("project_ids");
        return new ImportJob(ImportJobId.of(rs.getLong("id")), rs.getString("file_name"),
                ImportJob.Status.valueOf(rs.getString("status")), rs.getInt("progress"),
                preview == null ? null : json.readValue(preview, ImportPreview.class), rs.getString("problem"),
                rs.getString("message"),
                projectIds == null ? List.of() : json.readValue(projectIds, new TypeReference<List<Long>>() { }),
                rs.getObject("program_id", Long.class));
    }

    private static CurrentUser requireImporter() {
        return CurrentUsers.requireAny("Importing project files is for administrators, the PMO, program and project "
                + "managers.", Role.ADMIN, Role.PMO, Role.PROGRAM_MANAGER, Role.PROJECT_MANAGER);
    }
}
