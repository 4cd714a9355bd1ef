package org.homeward.casefile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out human-readable, pseudonymous case references such as {@code JKT-2026-00042}: office, year of
 * referral, and a number counted per office and year. They carry nothing about the person.
 */
@Service
public class CaseReferences {

    private final JdbcClient jdbc;

    public CaseReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String next(String office, int year) {
        // The update takes a row lock, so concurrent openings in one office never share a number.
        jdbc.sql("""
                insert into case_reference_counter (office_code, referral_year, last_value) values (:office, :year, 0)
                on conflict do nothing""")
                .param("office", office).param("year", year).update();
        jdbc.sql("update case_reference_counter set last_value = last_value + 1 where office_code = :office and referral_year = :year")
                .param("office", office).param("year", year).update();
        int number = jdbc.sql("select last_value from case_reference_counter where office_code = :office and referral_year = :year")
                .param("office", office).param("year", year)
                .query(Integer.class).single();
        return "%s-%d-%05d".formatted(office, year, number);
    }
}
