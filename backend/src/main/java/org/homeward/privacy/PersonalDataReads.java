package org.homeward.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The audit trail of personal data: every time a case's personal details are opened for someone, who, when, which
 * case and what (the case's details, or its whole history with notes). Administrators review it.
 */
@Service
public class PersonalDataReads {

    /** What was opened. */
    public enum What { DETAILS, HISTORY }

    /** One read, as the audit trail shows it. */
    public record Read(Instant readAt, String username, UUID caseId, What what) {
    }

    /** The reads a review asks for; null fields do not filter. */
    public record Filter(String username, UUID caseId, Instant from, Instant to) {
    }

    static final int MOST_SHOWN = 1_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    public PersonalDataReads(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records a read; runs in the reader's transaction, if any, so a read that fails to be audited fails. */
    public void record(String username, UUID caseId, What what) {
        jdbc.sql("insert into personal_data_read (read_at, username, case_id, what) values (:at, :username, :caseId, :what)")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("username", username)
                .param("caseId", caseId.toString())
                .param("what", what.name())
                .update();
    }

    /** The newest reads first, at most {@value #MOST_SHOWN}. */
    public List<Read> find(Filter filter) {
        StringBuilder sql = new StringBuilder("select read_at, username, case_id, what from personal_data_read where 1 = 1");
        var statement = new java.util.LinkedHashMap<String, Object>();
        if (filter.username() != null) {
            sql.append(" and username = :username");
            statement.put("username", filter.username());
        }
        if (filter.caseId() != null) {
            sql.append(" and case_id = :caseId");
            statement.put("caseId", filter.caseId().toString());
        }
        if (filter.from() != null) {
            sql.append(" and read_at >= :from");
            statement.put("from", java.sql.Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and read_at < :to");
            statement.put("to", java.sql.Timestamp.from(filter.to()));
        }
        sql.append(" order by read_at desc, id desc fetch first ").append(MOST_SHOWN).append(" rows only");
        return jdbc.sql(sql.toString()).params(statement)
                .query((rs, row) -> new Read(rs.getTimestamp("read_at").toInstant(), rs.getString("username"),
                        UUID.fromString(rs.getString("case_id")), What.valueOf(rs.getString("what"))))
                .list();
    }
}
