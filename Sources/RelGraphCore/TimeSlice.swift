/// How a span of time is cut into ``Period``s: ISO weeks, calendar months, quarters or years.
///
/// The raw values are the spellings of the command-line option.
///
/// ```swift
/// TimeSlice.week.period(of: "2019-12-30")?.description   // "2020-W01"
/// TimeSlice.quarter.period(of: "2020-05")?.description   // "2020-Q2"
/// TimeSlice.month.period(of: "2020")                     // nil: a year is coarser than a month
/// ```
///
/// ## Calendar
/// Days are counted in the proleptic Gregorian calendar with Hinnant's `days_from_civil`
/// algorithm (no Foundation `Calendar`, so no time zones or locales are involved); weeks are
/// ISO 8601 weeks, Monday to Sunday.
///
/// ## Reference
/// Hinnant, Howard. "chrono-Compatible Low-Level Date Algorithms." 2013–2021.
/// https://howardhinnant.github.io/date_algorithms.html
public enum TimeSlice: String, CaseIterable, Sendable {
    /// ISO 8601 weeks (Monday to Sunday), labelled `2020-W05`.
    case week
    /// Calendar months, labelled `2020-03`.
    case month
    /// Calendar quarters (January–March is Q1), labelled `2020-Q1`.
    case quarter
    /// Calendar years, labelled `2020`.
    case year

    /// The period holding an article date `YYYY-MM-DD`; `YYYY-MM` is accepted by months,
    /// quarters and years and `YYYY` by years. `nil` for any other text, a date that does not
    /// exist, or a date less precise than the slice.
    /// - Complexity: O(1).
    public func period(of date: String) -> Period? {
        guard let d = PartialDate(date) else { return nil }
        switch self {
        case .year:
            return Period(slice: .year, year: d.year, number: 1)
        case .quarter, .month:
            guard let month = d.month else { return nil }
            return Period(slice: self, year: d.year, number: self == .month ? month : (month - 1) / 3 + 1)
        case .week:
            guard let month = d.month, let day = d.day else { return nil }
            return period(containing: CivilDay(year: d.year, month: month, day: day))
        }
    }

    /// The period holding `day`.
    func period(containing day: CivilDay) -> Period {
        let (y, m, _) = day.civil
        switch self {
        case .year: return Period(slice: .year, year: y, number: 1)
        case .quarter: return Period(slice: .quarter, year: y, number: (m - 1) / 3 + 1)
        case .month: return Period(slice: .month, year: y, number: m)
        case .week:
            // The ISO year is the calendar year of the week's Thursday.
            let thursday = day.adding(days: 4 - day.isoWeekday)
            let isoYear = thursday.civil.year
            let week = (thursday.number - Period.firstMonday(ofISOYear: isoYear).number) / 7 + 1
            return Period(slice: .week, year: isoYear, number: week)
        }
    }

    /// Every period from `from` through `through`, both included, empty ones too (so that a
    /// chart shows gaps); empty when `through` is before `from`.
    /// - Precondition: both periods are of this slice.
    /// - Complexity: O(*k*), where *k* is the number of periods returned.
    public func periods(from: Period, through: Period) -> [Period] {
        precondition(from.slice == self && through.slice == self, "periods of another slice")
        var out: [Period] = []
        var p = from
        while p <= through {
            out.append(p)
            p = p.next
        }
        return out
    }
}
