package nl.vroegsignaal.sample;

import nl.vroegsignaal.contract.Diplomasoort;
import nl.vroegsignaal.contract.Onderwijssoort;

/**
 * What a pupil who stays in school does at the end of a school year: pass an exam and go on, move up, repeat,
 * move down, switch school. Every path without a startkwalificatie opens a new enrolment on 1 August, so a
 * stayer is enrolled on the next peildatum. The year's main draws are made up front, whatever the path.
 */
final class Transitions {
    private Transitions() {
    }

    static void enterSecondarySchool(Career c, int y) {
        if (y > Days.LAST_PEIL_YEAR) {
            return;
        }
        Person p = c.person;
        double s = p.ability + 0.3 * c.rng.gaussian();
        boolean vso = c.rng.chance(0.012 + (p.disengagement > 1.5 ? 0.02 : 0));
        Onderwijssoort track = vso ? Onderwijssoort.VSO : s < -1.9 ? Onderwijssoort.PRO
                : s < -1.2 ? Onderwijssoort.VMBO_BB : s < -0.6 ? Onderwijssoort.VMBO_KB
                : s < 0.25 ? Onderwijssoort.VMBO_GT : s < 0.95 ? Onderwijssoort.HAVO : Onderwijssoort.VWO;
        c.open(track, 1, schoolFor(c, track), Days.of(y, 8, 1), Days.of(y + 1, 7, 31));
    }

    /** A switch to another school of the same kind during the year; the two rows overlap by up to two weeks. */
    static void midYearSwitch(Career c, int y) {
        boolean switches = c.rng.chance(0.012 + (c.person.disengagement > 1 ? 0.012 : 0));
        int day = Days.offPeildatum(c.rng.between(Days.of(y, 11, 1), Days.of(y + 1, 5, 31)));
        int overlap = c.rng.between(0, 14);
        if (!switches || c.row < 0 || !c.rowFromYearStart) {
            return;
        }
        int school = otherSchool(c, c.level, c.brin);
        if (school == c.brin) {
            return;
        }
        Onderwijssoort level = c.level;
        int lj = c.leerjaar;
        c.close(day);
        c.open(level, lj, school, day - overlap, Days.of(y + 1, 7, 31));
        c.rowFromYearStart = false;
    }

    static void yearEnd(Career c, int y) {
        Rng rng = c.rng;
        Person p = c.person;
        double z = p.disengagement;
        double a = p.ability;
        double repeat = Rng.logistic(-3.4 + 0.5 * z - 0.5 * a);
        double down = Rng.logistic(-3.5 + 0.4 * z - 0.6 * a);
        double up = Rng.logistic(-3.6 + 0.8 * a - 0.2 * z);
        boolean pass = rng.chance(Rng.logistic(2.4 + 0.7 * a - 0.3 * z));
        double u = rng.nextDouble();
        double route = rng.nextDouble();
        boolean switchSchool = rng.chance(0.025 + (z > 1 ? 0.02 : 0));
        int examDay = rng.between(Days.of(y + 1, 6, 10), Days.of(y + 1, 7, 10));
        int mboDay = rng.between(Days.of(y + 1, 5, 15), Days.of(y + 1, 7, 20));

        Onderwijssoort level = c.level;
        int lj = c.leerjaar;
        int age = p.ageOn(Days.of(y + 1, 8, 1));
        boolean exam = lj >= Ladder.length(level);
        boolean mayRepeat = c.repeatsOfThisYear == 0;
        c.close(Days.of(y + 1, 7, 31));
        int school = switchSchool ? otherSchool(c, level, c.brin) : c.brin;
        int next = Days.of(y + 1, 8, 1);
        int ho = Days.of(y + 1, 9, 1);

        switch (level) {
            case VMBO_BB:
            case VMBO_KB:
            case VMBO_GT:
                if (exam) {
                    if (pass) {
                        c.diploma(Ladder.diploma(level), examDay);
                        Onderwijssoort to = afterVmbo(level, route);
                        go(c, y, to, to == Onderwijssoort.HAVO ? 4 : 1, to == Onderwijssoort.HAVO ? school : -1);
                    } else if (mayRepeat) {
                        repeat(c, y, school);
                    } else {
                        go(c, y, Onderwijssoort.MBO_1, 1, -1);
                    }
                } else if (u < repeat && mayRepeat) {
                    repeat(c, y, school);
                } else if (u < repeat + down && level != Onderwijssoort.VMBO_BB) {
                    go(c, y, Onderwijssoort.values()[level.ordinal() - 1], lj + 1, school);
                } else if (u < repeat + down + up) {
                    go(c, y, Onderwijssoort.values()[level.ordinal() + 1], lj + 1, school);
                } else {
                    go(c, y, level, lj + 1, school);
                }
                break;
            case HAVO:
            case VWO:
                boolean havo = level == Onderwijssoort.HAVO;
                if (exam) {
                    if (pass) {
                        c.diploma(havo ? Diplomasoort.HAVO : Diplomasoort.VWO, examDay);
                        if (route < (havo ? 0.70 : 0.85)) {
                            c.finishWith(Onderwijssoort.HO, ho, 4, 0.7);
                        } else {
                            c.finishWith(havo && route < 0.80 ? Onderwijssoort.MBO_4 : null, next, 3, 0.8);
                        }
                    } else if (mayRepeat) {
                        repeat(c, y, school);
                    } else if (age >= 18) {
                        c.vavoTarget = havo ? Diplomasoort.HAVO : Diplomasoort.VWO;
                        go(c, y, Onderwijssoort.VAVO, 1, -1);
                    } else {
                        go(c, y, havo ? Onderwijssoort.MBO_4 : Onderwijssoort.HAVO, havo ? 1 : 5, -1);
                    }
                } else if (u < repeat && mayRepeat) {
                    repeat(c, y, school);
                } else if (u < repeat + down && havo && lj >= 3 && route < 0.5) {
                    go(c, y, Onderwijssoort.MBO_4, 1, -1);
                } else if (u < repeat + down) {
                    go(c, y, havo ? Onderwijssoort.VMBO_GT : Onderwijssoort.HAVO, Math.min(lj + 1, havo ? 4 : 5), school);
                } else if (havo && u < repeat + down + up / 2 && lj <= 3) {
                    go(c, y, Onderwijssoort.VWO, lj + 1, school);
                } else {
                    go(c, y, level, lj + 1, school);
                }
                break;
            case PRO:
            case VSO:
                boolean out = level == Onderwijssoort.PRO ? (lj >= 4 && age >= 16 && route < 0.45) || lj >= 6
                        : lj >= 6 || age >= 19;
                go(c, y, out ? Onderwijssoort.MBO_1 : level, out ? 1 : lj + 1, out ? -1 : school);
                break;
            case VAVO:
                if (rng.chance(0.65) && pass) {
                    c.diploma(c.vavoTarget == null ? Diplomasoort.HAVO : c.vavoTarget, examDay);
                    c.finishWith(route < 0.5 ? Onderwijssoort.HO : null, ho, 4, 0.6);
                } else if (mayRepeat) {
                    repeat(c, y, school);
                } else {
                    go(c, y, Onderwijssoort.MBO_3, 1, -1);
                }
                break;
            default:
                mboYearEnd(c, y, exam, pass || !mayRepeat, u, repeat, down, route, school, mboDay);
        }
    }

    private static void mboYearEnd(Career c, int y, boolean exam, boolean pass, double u, double repeat,
                                   double down, double route, int school, int mboDay) {
        Onderwijssoort level = c.level;
        int lj = c.leerjaar;
        int next = Days.of(y + 1, 8, 1);
        int ho = Days.of(y + 1, 9, 1);
        if (exam) {
            if (!pass) {
                repeat(c, y, school);
                return;
            }
            c.diploma(Ladder.diploma(level), mboDay);
            switch (level) {
                case MBO_1:
                    go(c, y, Onderwijssoort.MBO_2, 1, school);
                    break;
                case MBO_2:
                    c.finishWith(route < 0.45 ? Onderwijssoort.MBO_3 : null, next, 3, 0.7);
                    break;
                case MBO_3:
                    c.finishWith(route < 0.20 ? Onderwijssoort.MBO_4 : route < 0.25 ? Onderwijssoort.HO : null,
                            route < 0.20 ? next : ho, route < 0.20 ? 3 : 4, 0.75);
                    break;
                default:
                    c.finishWith(route < 0.35 ? Onderwijssoort.HO : null, ho, 4, 0.65);
            }
        } else if (u < repeat && c.repeatsOfThisYear == 0) {
            repeat(c, y, school);
        } else if (u < repeat + down && (level == Onderwijssoort.MBO_3 || level == Onderwijssoort.MBO_4)) {
            Onderwijssoort lower = Onderwijssoort.values()[level.ordinal() - 1];
            go(c, y, lower, Math.min(lj, Ladder.length(lower)), school);
        } else {
            go(c, y, level, lj + 1, school);
        }
    }

    private static Onderwijssoort afterVmbo(Onderwijssoort level, double route) {
        switch (level) {
            case VMBO_GT:
                return route < 0.12 ? Onderwijssoort.HAVO : route < 0.55 ? Onderwijssoort.MBO_4
                        : route < 0.90 ? Onderwijssoort.MBO_3 : Onderwijssoort.MBO_2;
            case VMBO_KB:
                return route < 0.05 ? Onderwijssoort.MBO_4 : route < 0.50 ? Onderwijssoort.MBO_3 : Onderwijssoort.MBO_2;
            default:
                return route < 0.10 ? Onderwijssoort.MBO_3 : Onderwijssoort.MBO_2;
        }
    }

    private static void repeat(Career c, int y, int school) {
        Onderwijssoort level = c.level;
        int lj = c.leerjaar;
        int repeats = c.repeatsOfThisYear + 1;
        c.open(level, lj, school, Days.of(y + 1, 8, 1), Days.of(y + 2, 7, 31));
        c.repeatsOfThisYear = repeats;
    }

    /** Continues on 1 August in the given level and leerjaar; school -1 means "a school of the new kind". */
    private static void go(Career c, int y, Onderwijssoort to, int lj, int school) {
        int s = school >= 0 && sameKind(c.level, to) ? school : schoolFor(c, to);
        c.open(to, Math.min(lj, 6), s, Days.of(y + 1, 8, 1), Days.of(y + 2, 7, 31));
        c.repeatsOfThisYear = 0;
    }

    private static boolean sameKind(Onderwijssoort a, Onderwijssoort b) {
        return kind(a) == kind(b);
    }

    private static int kind(Onderwijssoort s) {
        switch (s) {
            case PRO:
                return 0;
            case VSO:
                return 1;
            case VAVO:
            case MBO_1:
            case MBO_2:
            case MBO_3:
            case MBO_4:
                return 3;
            case HO:
                return 4;
            default:
                return 2;
        }
    }

    private static int[] schools(Career c, Onderwijssoort s) {
        World w = c.world;
        int m = c.person.municipality;
        switch (kind(s)) {
            case 0:
                return new int[] {w.proSchool[m]};
            case 1:
                return new int[] {w.vsoSchool[m]};
            case 3:
                return w.mboSchools[m];
            case 4:
                return w.hoSchools;
            default:
                return w.voSchools[m];
        }
    }

    /** A school of the kind that offers this onderwijssoort, in the person's municipality (HO: anywhere). */
    static int schoolFor(Career c, Onderwijssoort s) {
        int[] options = schools(c, s);
        return options[c.rng.nextInt(options.length)];
    }

    /** Another school of the same kind if there is one. */
    static int otherSchool(Career c, Onderwijssoort s, int current) {
        int[] options = schools(c, s);
        int pick = options[c.rng.nextInt(options.length)];
        if (pick == current && options.length > 1) {
            for (int i = 0; i < options.length; i++) {
                if (options[i] == current) {
                    return options[(i + 1) % options.length];
                }
            }
        }
        return pick;
    }
}
