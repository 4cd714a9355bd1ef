package org.homeward.offices;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

@Service
public class Offices {

    private final JdbcClient jdbc;

    public Offices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Office> all() {
        return jdbc.sql("select code, name, country from office order by code").query(Office.class).list();
    }

    public Optional<Office> find(String code) {
        return jdbc.sql("select code, name, country from office where code = :code")
                .param("code", code)
                .query(Office.class)
                .optional();
    }
}
