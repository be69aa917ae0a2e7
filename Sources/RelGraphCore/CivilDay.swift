/// A day of the proleptic Gregorian calendar as a count of days since 1970-01-01 (negative
/// before), with the conversions to and from year, month and day that ``TimeSlice`` needs.
///
/// ## Reference
/// Hinnant, Howard. "chrono-Compatible Low-Level Date Algorithms" (`days_from_civil`,
/// `civil_from_days`, `weekday_from_days`), 2013–2021.
/// https://howardhinnant.github.io/date_algorithms.html
package struct CivilDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    package let number: Int

    /// The day `number` days after 1970-01-01.
    package init(number: Int) { self.number = number }

    /// The day `year`-`month`-`day` (Hinnant's `days_from_civil`). Out-of-range days roll
    /// over (`day` 0 is the last day of the previous month), which callers rely on only for
    /// month starts and ends.
    /// - Complexity: O(1).
    package init(year: Int, month: Int, day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400  // [0, 399]
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1  // [0, 365]
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear  // [0, 146096]
        number = era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month (1–12) and day (1–31) of this day (Hinnant's `civil_from_days`).
    /// - Complexity: O(1).
    package var civil: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The ISO 8601 day of the week: 1 for Monday through 7 for Sunday (1970-01-01 was a
    /// Thursday, 4).
    package var isoWeekday: Int {
        let r = (number + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// The day `days` later (earlier when negative).
    package func adding(days: Int) -> CivilDay { CivilDay(number: number + days) }

    /// `YYYY-MM-DD`.
    package var text: String {
        let (year, month, day) = civil
        return PartialDate(year: year, month: month, day: day).description
    }

    /// Earlier first.
    package static func < (a: CivilDay, b: CivilDay) -> Bool { a.number < b.number }
}

extension PartialDate {
    /// A date from parts that are known to be valid.
    init(year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }
}
