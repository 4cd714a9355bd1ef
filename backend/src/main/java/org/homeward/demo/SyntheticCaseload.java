package org.homeward.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.homeward.casefile.Consent;
import org.homeward.casefile.NewCase;
import org.homeward.casefile.PersonalDetails;
import org.homeward.casefile.ReferralSource;
import org.homeward.casefile.Sex;
import org.homeward.casefile.assessment.ScoringScheme;
import org.homeward.casefile.followup.FollowUpPlan;

/**
 * Invented caseloads of any size, shaped like the field reports: people of some twenty nationalities (most from
 * Indonesia, the Philippines and East Africa), young adults, referred by IOM, embassies, governments and civil
 * society after leaving scam compounds in Myanmar, Cambodia or Laos, often released in groups (the reports' group of
 * 26 Indonesians, referred to their embassy together); each followed by the office that supports returns to their
 * region. Every case carries the seed of its own journey, so cases can be recorded in any order or in parallel and a
 * seed always gives the same caseload. Names are invented pairs; phone numbers lie in a range no real subscriber uses.
 */
public final class SyntheticCaseload {

    /** A nationality, how often it occurs among referrals (per thousand) and the office that follows its returns. */
    private record Origin(String nationality, int weight, String office) {
    }

    private static final List<Origin> ORIGINS = List.of(
            new Origin("ID", 260, "JKT"), new Origin("PH", 140, "MNL"), new Origin("KE", 120, "NBO"),
            new Origin("UG", 90, "KLA"), new Origin("ET", 80, "ADD"), new Origin("TZ", 40, "NBO"),
            new Origin("BI", 20, "NBO"), new Origin("RW", 10, "KLA"), new Origin("ER", 10, "ADD"),
            new Origin("VN", 50, "JKT"), new Origin("MY", 30, "JKT"), new Origin("LK", 25, "JKT"),
            new Origin("NP", 25, "JKT"), new Origin("IN", 30, "JKT"), new Origin("PK", 15, "JKT"),
            new Origin("BD", 15, "JKT"), new Origin("CN", 15, "JKT"), new Origin("NG", 15, "NBO"),
            new Origin("GH", 10, "NBO"));
    private static final List<String> GIVEN_NAMES = List.of("Ayu", "Budi", "Citra", "Dian", "Eko", "Fajar", "Wanjiru",
            "Otieno", "Achieng", "Kato", "Nakato", "Abebe", "Hana", "Tigist", "Mesfin", "Joy", "Maricel", "Jomar", "Linh",
            "Minh", "Asha", "Juma", "Nimal", "Sita");
    private static final List<String> FAMILY_NAMES = List.of("Santoso", "Wibowo", "Lestari", "Kamau", "Mwangi",
            "Ouma", "Okello", "Tesfaye", "Bekele", "Mukasa", "Hidayat", "Nyambura", "Reyes", "Dela Cruz", "Nguyen",
            "Tran", "Mushi", "Perera");
    private static final ReferralSource[] REFERRALS = {ReferralSource.IOM, ReferralSource.IOM, ReferralSource.IOM,
            ReferralSource.EMBASSY, ReferralSource.EMBASSY, ReferralSource.GOVERNMENT, ReferralSource.GOVERNMENT,
            ReferralSource.NGO, ReferralSource.NGO, ReferralSource.SELF};
    private static final List<String> COMPOUND_COUNTRIES = List.of("MM", "MM", "MM", "MM", "MM", "KH", "KH", "KH", "LA", "LA");

    private final long seed;
    private final LocalDate today;
    private final ScoringScheme scheme;
    private final FollowUpPlan plan;
    private final List<Origin> origins;
    private final int totalWeight;
    private final int yearsOfReferrals;

    /**
     * @param offices          only people these offices follow (the demo has officers in two); all when empty
     * @param yearsOfReferrals how far back referrals go: the older a case, the longer its follow-up history
     */
    public SyntheticCaseload(long seed, LocalDate today, ScoringScheme scheme, FollowUpPlan plan, Set<String> offices,
                             int yearsOfReferrals) {
        this.seed = seed;
        this.today = today;
        this.scheme = scheme;
        this.plan = plan;
        this.origins = ORIGINS.stream().filter(origin -> offices.isEmpty() || offices.contains(origin.office())).toList();
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("No nationality is followed by the offices " + offices);
        }
        this.totalWeight = origins.stream().mapToInt(Origin::weight).sum();
        this.yearsOfReferrals = yearsOfReferrals;
    }

    /** The first {@code count} referrals of this caseload, in the order they were made. */
    public List<SyntheticCase> cases(int count) {
        List<SyntheticCase> cases = new ArrayList<>(count);
        referrals(count).forEachRemaining(cases::add);
        return cases;
    }

    /** The referrals one by one, for caseloads too large to hold in memory. */
    public Iterator<SyntheticCase> referrals(int count) {
        Random random = new Random(seed);
        return new Iterator<>() {
            private int made;
            private Group group;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public SyntheticCase next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (group == null || group.left == 0) {
                    group = newGroup(random);
                }
                group.left--;
                made++;
                return new SyntheticCase(new NewCase(person(random), sex(random), today.getYear() - 19 - random.nextInt(22),
                        group.origin.nationality(), group.origin.office(), group.source, group.referredOn,
                        new Consent(true, random.nextInt(4) > 0)), group.compoundCountry, random.nextLong());
            }
        };
    }

    /** The steps after the referral of a case opened with this identifier, in the order they happened. */
    public List<Object> steps(SyntheticCase synthetic, UUID caseId) {
        return new SyntheticJourney(new Random(synthetic.journeySeed()), today, scheme, plan).steps(caseId, synthetic);
    }

    /** People released from a compound together, referred on the same day by the same partner. */
    private static final class Group {
        private final Origin origin;
        private final ReferralSource source;
        private final LocalDate referredOn;
        private final String compoundCountry;
        private int left;

        private Group(Origin origin, ReferralSource source, LocalDate referredOn, String compoundCountry, int size) {
            this.origin = origin;
            this.source = source;
            this.referredOn = referredOn;
            this.compoundCountry = compoundCountry;
            this.left = size;
        }
    }

    private Group newGroup(Random random) {
        int draw = random.nextInt(totalWeight);
        Origin origin = origins.getLast();
        for (Origin candidate : origins) {
            draw -= candidate.weight();
            if (draw < 0) {
                origin = candidate;
                break;
            }
        }
        // six referrals in ten come alone; the others with 2 to 26 people, usually through their embassy
        boolean alone = random.nextInt(10) < 6;
        int size = alone ? 1 : 2 + random.nextInt(random.nextInt(4) == 0 ? 25 : 6);
        ReferralSource source = alone ? REFERRALS[random.nextInt(REFERRALS.length)]
                : random.nextInt(3) > 0 ? ReferralSource.EMBASSY : ReferralSource.IOM;
        LocalDate referredOn = today.minusDays(random.nextInt(Math.max(1, yearsOfReferrals * 365)));
        return new Group(origin, source, referredOn, COMPOUND_COUNTRIES.get(random.nextInt(COMPOUND_COUNTRIES.size())), size);
    }

    private static PersonalDetails person(Random random) {
        String name = GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size())) + " "
                + FAMILY_NAMES.get(random.nextInt(FAMILY_NAMES.size()));
        String phone = random.nextInt(5) == 0 ? null : "+999 555 %04d".formatted(random.nextInt(10_000));
        return new PersonalDetails(name, phone);
    }

    private static Sex sex(Random random) {
        int draw = random.nextInt(100);
        return draw < 62 ? Sex.MALE : draw < 97 ? Sex.FEMALE : Sex.UNKNOWN;
    }
}
