package vn.giamsat.admin;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.giamsat.adapters.persistence.testing.TestDatabase;
import vn.giamsat.admin.testing.SignedInUsers;
import vn.giamsat.application.round.port.in.RoundContextQueries;
import vn.giamsat.application.round.port.in.EstablishRoundUseCase;
import vn.giamsat.application.demo.LoadDemoDataUseCase;
import vn.giamsat.application.round.port.in.RoundCommands.EstablishRoundCommand;
import vn.giamsat.application.round.port.in.RoundQueries;
import vn.giamsat.domain.common.Period;
import vn.giamsat.domain.round.Resolution;
import vn.giamsat.domain.round.ResolutionNumber;
import vn.giamsat.domain.round.RoundId;
import vn.giamsat.domain.unit.UnitId;

/**
 * Browserless tests of the admin views on the whole app and a real (embedded) PostgreSQL. Every test starts
 * from the seed's demo data alone and leaves it so, whatever it created, signed in as council staff of Phú Ninh
 * district (518), as Keycloak's ID token would describe them.
 */
@SpringBootTest(classes = AdminApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"giamsat.demo-data=true", "server.address=127.0.0.1"})
@ViewPackages(packages = "vn.giamsat.admin")
public abstract class WholeAppTest extends SpringBrowserlessTest {
    private static final AtomicInteger NUMBERS = new AtomicInteger(100);

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry r) {
        r.add("spring.datasource.url", TestDatabase::jdbcUrl);
        // The app's own role, as in production (decision 021): the suite proves its grants suffice.
        r.add("spring.datasource.username", TestDatabase::appLogin);
        r.add("giamsat.migration.user", TestDatabase::migrationLogin);
    }

    @Autowired protected LoadDemoDataUseCase demo;
    @Autowired protected EstablishRoundUseCase establishRound;
    @Autowired protected RoundQueries rounds;
    @Autowired protected RoundContextQueries admin;

    @BeforeEach
    void onlyTheDemoDataThenSignIn() {
        onlyTheDemoData();
        SignedInUsers.signIn(SignedInUsers.councilStaffOf("518"));
    }

    @AfterEach
    void onlyTheDemoData() {
        SignedInUsers.actAsSystem(); // the demo data are loaded by the app itself, as at start-up
        TestDatabase.truncateAll();
        demo.load();
        SecurityContextHolder.clearContext();
    }

    protected UnitId unit(String code, boolean former) {
        return admin.units().stream().filter(u -> u.code().equals(code) && u.isFormer() == former).findFirst()
                .orElseThrow().id();
    }

    /** A new draft round of the Phú Ninh district council over 2021–2022. */
    protected RoundId newRound() {
        return establishRound.establish(new EstablishRoundCommand(unit("518", true),
                new Resolution(ResolutionNumber.of(NUMBERS.incrementAndGet() + "/NQ-HĐND"), LocalDate.of(2023, 1, 5),
                        "Hội đồng nhân dân huyện Phú Ninh"),
                "Việc giải quyết thủ tục hành chính trên môi trường điện tử",
                Period.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31))));
    }

    protected RoundId demoRound() {
        return rounds.listRounds().stream().filter(r -> r.resolutionNumber().equals("21/NQ-HĐND")).findFirst()
                .orElseThrow().id();
    }
}
