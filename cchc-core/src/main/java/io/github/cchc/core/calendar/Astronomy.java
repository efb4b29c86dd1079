package io.github.cchc.core.calendar;

/**
 * The two astronomical quantities the Vietnamese calendar is built from: the moment of a new moon and the sun's
 * apparent longitude.
 *
 * <p>The formulas are the short series of Jean Meeus (new moon after <i>Astronomical Formulae for Calculators</i>,
 * solar longitude after <i>Astronomical Algorithms</i>, Willmann-Bell 1991/1998), in the form used by Hồ Ngọc Đức,
 * "Thuật toán tính âm lịch" / "Computing the Vietnamese lunar calendar"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), the reference algorithm of Vietnamese
 * calendars. This is an independent implementation of those published formulas.
 *
 * <p>Floating point is used here on purpose: these are approximations of physics (new-moon times good to a few
 * minutes), not decided counts. Everything leaving this class is a whole day number or a 30-degree sector.
 */
final class Astronomy {

  /** Vietnam's time zone, UTC+7, in hours. China uses UTC+8, which is why Tết sometimes differs. */
  static final double TIME_ZONE_HOURS = 7.0;

  /** Julian day number of 1970-01-01, to convert to and from {@link java.time.LocalDate#toEpochDay()}. */
  static final long EPOCH_JDN = 2440588L;

  /** Mean length of a synodic month in days. */
  static final double SYNODIC_MONTH = 29.530588853;

  private static final double DEG = Math.PI / 180;

  private Astronomy() {}

  /**
   * Returns the Julian date (UT) of the k-th new moon after the one of January 1900.
   *
   * @param k the lunation number, may be negative
   * @return the Julian date, fractional
   */
  static double newMoon(int k) {
    double t = k / 1236.85; // Julian centuries since 1900-01-00.5
    double t2 = t * t;
    double t3 = t2 * t;
    double mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
        + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG);
    double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
    double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
    double latitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
    double c = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
        - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly)
        - 0.0004 * sin(3 * moonAnomaly)
        + 0.0104 * sin(2 * latitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
        - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * latitude + sunAnomaly)
        - 0.0004 * sin(2 * latitude - sunAnomaly) - 0.0006 * sin(2 * latitude + moonAnomaly)
        + 0.0010 * sin(2 * latitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
    // Delta T (terrestrial minus universal time) in days, the polynomial of the published algorithm.
    double deltaT = t < -11
        ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
        : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return mean + c - deltaT;
  }

  /**
   * Returns the sun's apparent longitude at a moment.
   *
   * @param jd a Julian date (UT)
   * @return the longitude in radians, in [0, 2π)
   */
  static double sunLongitude(double jd) {
    double t = (jd - 2451545.0) / 36525; // Julian centuries since J2000.0
    double t2 = t * t;
    double anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double mean = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(anomaly)
        + (0.019993 - 0.000101 * t) * sin(2 * anomaly) + 0.000290 * sin(3 * anomaly);
    double l = (mean + centre) * DEG;
    l = l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
    return l;
  }

  /**
   * Returns the local (UTC+7) day on which the k-th new moon falls, as a Julian day number.
   *
   * @param k the lunation number
   * @return the Julian day number of that day
   */
  static long newMoonDay(int k) {
    return (long) Math.floor(newMoon(k) + 0.5 + TIME_ZONE_HOURS / 24);
  }

  /**
   * Returns the 30-degree sector of the sun's longitude at local midnight starting a day: 0 from the March equinox,
   * 9 from the December solstice. A lunar month with no major solar term starts and ends in the same sector.
   *
   * @param jdn the Julian day number of the day
   * @return the sector, 0 to 11
   */
  static int sunSector(long jdn) {
    return (int) Math.floor(sunLongitude(jdn - 0.5 - TIME_ZONE_HOURS / 24) / Math.PI * 6);
  }

  private static double sin(double degrees) {
    return Math.sin(degrees * DEG);
  }
}
