package com.cohelm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.cohelm.support.CohelmSpringTest;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.id.enhanced.SequenceStyleGenerator;
import org.hibernate.id.enhanced.TableGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema stays ready for MariaDB Galera (decision 0037), whose replication needs each of these: every table
 * has a primary key (rows of a table without one replicate badly or not at all) and is InnoDB; no code takes
 * a table lock ({@code LOCK TABLES}), a named lock ({@code GET_LOCK}) or an XA transaction, none of which
 * Galera replicates; and a sequence, if one ever appears, is created {@code NOCACHE}, the only kind Galera
 * accepts.
 */
@CohelmSpringTest
class GaleraReadySchemaTest {

    private static final Path MAIN = Path.of("src", "main");
    private static final Pattern CLUSTER_UNSAFE = Pattern.compile(
            "\\bLOCK\\s+TABLES?\\b|\\bGET_LOCK\\s*\\(|\\bRELEASE_LOCK\\s*\\(|\\bXA\\s+(START|BEGIN|END|PREPARE|COMMIT"
                    + "|ROLLBACK|RECOVER)\\b|\\bXADataSource\\b|\\bjavax\\.transaction\\.xa\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CREATE_SEQUENCE = Pattern.compile("\\bCREATE\\s+SEQUENCE\\b[^;]*",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyTableHasAPrimaryKeyAndIsInnoDb() {
        var tables = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'""").query(String.class).list();
        assertThat(tables).as("Flyway's, the event registry's and ShedLock's tables are checked too")
                .contains("flyway_schema_history", "event_publication", "shedlock", "user_account");

        var withoutPrimaryKey = jdbc.sql("""
                select t.table_name from information_schema.tables t
                where t.table_schema = database() and t.table_type = 'BASE TABLE'
                  and not exists (select 1 from information_schema.table_constraints c
                                  where c.table_schema = t.table_schema and c.table_name = t.table_name
                                    and c.constraint_type = 'PRIMARY KEY')""").query(String.class).list();
        assertThat(withoutPrimaryKey).as("tables without a primary key").isEmpty();

        var notInnoDb = jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'""")
                .query(String.class).list();
        assertThat(notInnoDb).as("tables Galera would not replicate").isEmpty();
    }

    @Test
    void noCodeTakesATableLockANamedLockOrAnXaTransaction() {
        var found = new ArrayList<String>();
        for (var file : sourcesAndMigrations()) {
            var lines = read(file);
            for (int i = 0; i < lines.size(); i++) {
                if (CLUSTER_UNSAFE.matcher(lines.get(i)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(found).as("table locks, named locks and XA do not replicate in Galera").isEmpty();

        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("javax.sql.XADataSource")
                .orShould().dependOnClassesThat().resideInAPackage("javax.transaction.xa..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.UserTransaction")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.TransactionManager")
                .because("a distributed (XA/JTA) transaction is not replicated by Galera")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.cohelm"));
    }

    /**
     * No id comes from a sequence today: every generated key is AUTO_INCREMENT (Galera spreads those by
     * {@code auto_increment_increment}); Modulith's event ids are UUIDs made in Java. Should a sequence ever
     * come, Hibernate's MariaDB dialect writes {@code create sequence ... nocache}, and a migration must too.
     */
    @Test
    void sequencesIfAnyAreNoCache() {
        var sessionFactory = entityManagerFactory.unwrap(SessionFactoryImplementor.class);
        var sequenceGenerated = new ArrayList<String>();
        sessionFactory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            var generator = entity.getGenerator();
            if (generator instanceof SequenceStyleGenerator || generator instanceof TableGenerator) {
                sequenceGenerated.add(entity.getEntityName());
            }
        });
        assertThat(sequenceGenerated).as("entities whose ids come from a sequence or a table").isEmpty();

        var dialect = sessionFactory.getJdbcServices().getDialect();
        assertThat(dialect.getSequenceSupport().getCreateSequenceString("probe_seq", 1, 50))
                .as("what Hibernate would emit for a sequence on MariaDB").containsIgnoringCase("nocache");

        assertThat(jdbc.sql("""
                select count(*) from information_schema.tables
                where table_schema = database() and table_type = 'SEQUENCE'""").query(Long.class).single())
                .as("sequences in the schema").isZero();

        var cachedSequences = new ArrayList<String>();
        var migrations = sourcesAndMigrations().stream().filter(file -> file.toString().endsWith(".sql")).toList();
        for (var migration : migrations) {
            var matcher = CREATE_SEQUENCE.matcher(String.join("\n", read(migration)));
            while (matcher.find()) {
                if (!matcher.group().toUpperCase().contains("NOCACHE")) {
                    cachedSequences.add(migration + ": " + matcher.group().strip());
                }
            }
        }
        assertThat(cachedSequences).as("sequences created without NOCACHE").isEmpty();
    }

    private static List<Path> sourcesAndMigrations() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            var found = files.filter(Files::isRegularFile)
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".sql")
                            || file.toString().endsWith(".properties"))
                    .toList();
            assertThat(found).as("the sources and migrations were found").hasSizeGreaterThan(100)
                    .anyMatch(file -> file.toString().endsWith(".sql"));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
