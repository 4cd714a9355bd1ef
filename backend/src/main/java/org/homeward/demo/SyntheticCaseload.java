package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;

/**
 * Generates invented cases shaped like the field reports: mostly young adults, mostly referred by IOM, embassies
 * or governments after escaping scam compounds, returning to Indonesia (Jakarta office) or East Africa (Nairobi).
 * Seeded, so that the same seed gives the same caseload. Names are invented pairs; phone numbers lie in ranges no
 * real subscriber uses.
 */
final class SyntheticCaseload {

    private static final List<String> GIVEN_NAMES = List.of("Ayu", "Budi", "Citra", "Dian", "Eko", "Fajar", "Wanjiru",
            "Otieno", "Achieng", "Kato", "Nakato", "Abebe", "Hana", "Tigist", "Mesfin", "Joy");
    private static final List<String> FAMILY_NAMES = List.of("Santoso", "Wibowo", "Lestari", "Kamau", "Mwangi",
            "Ouma", "Okello", "Tesfaye", "Bekele", "Mukasa", "Hidayat", "Nyambura");
    private static final ReferralSource[] REFERRALS = {ReferralSource.IOM, ReferralSource.IOM, ReferralSource.IOM,
            ReferralSource.EMBASSY, ReferralSource.EMBASSY, ReferralSource.GOVERNMENT, ReferralSource.NGO, ReferralSource.SELF};

    private final Random random;
    private final LocalDate today;

    SyntheticCaseload(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    List<NewCase> cases(String office, List<String> nationalities, int count) {
        List<NewCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            cases.add(new NewCase(person(), sex(), today.getYear() - 19 - random.nextInt(22),
                    nationalities.get(random.nextInt(nationalities.size())), office,
                    REFERRALS[random.nextInt(REFERRALS.length)], today.minusDays(random.nextInt(3 * 365)),
                    new Consent(true, random.nextInt(4) > 0)));
        }
        return cases;
    }

    private PersonalDetails person() {
        String name = GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())) + " "
                + FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
        String phone = random.nextInt(5) == 0 ? null : "+999 555 %04d".formatted(random.nextInt(10_000));
        return new PersonalDetails(name, phone);
    }

    private Sex sex() {
        int draw = random.nextInt(100);
        return draw < 62 ? Sex.MALE : draw < 97 ? Sex.FEMALE : Sex.UNKNOWN;
    }
}
