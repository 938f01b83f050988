package vn.giamsat.adapters.persistence;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.adapters.fileimport.TableFiles;
import vn.giamsat.application.OutboundPorts;
import vn.giamsat.application.UseCases;
import vn.giamsat.application.security.Actor;

/** The adapters wired by hand on the shared test database, as Spring wires them in the apps. */
record Adapters(JdbcClient jdbc, JdbcUnitCatalog units, JdbcProcedureCatalog procedures, JdbcFigures figures,
                JdbcRounds rounds, JdbcPublications publications, JdbcPublishedResults publishedResults,
                SpringTransactions transactions, JdbcFiguresCorrections corrections) {

    static Adapters onTestDatabase() {
        return on(TestDatabase.appDataSource());
    }

    static Adapters on(DataSource ds) {
        JdbcClient jdbc = JdbcClient.create(ds);
        DataSourceTransactionManager tm = new DataSourceTransactionManager(ds);
        return new Adapters(jdbc, new JdbcUnitCatalog(jdbc, tm), new JdbcProcedureCatalog(jdbc, tm),
                new JdbcFigures(jdbc), new JdbcRounds(jdbc, tm), new JdbcPublications(jdbc),
                new JdbcPublishedResults(jdbc), new SpringTransactions(tm),
                new JdbcFiguresCorrections(jdbc));
    }

    /** The use cases over these adapters, acting as the system (allowed everything), on the real clock. */
    UseCases useCases() {
        return new UseCases(OutboundPorts.builder().units(units).procedures(procedures).figures(figures).loadRound(rounds)
                .saveRound(rounds).publications(publications).figuresCorrections(corrections).publishedResults(publishedResults)
                .clock(new SystemClock()).transactions(transactions).actors(Actor::theSystem)
                .tableFiles(new TableFiles()).build());
    }
}
