/// One period of a ``TimeSlice``: an ISO week, a month, a quarter or a year, with its label and
/// its first and last day.
///
/// ## Labels
/// `2020` (year), `2020-Q1` (quarter), `2020-03` (month) and `2020-W05` (ISO 8601 week of the
/// ISO week-numbering year, which begins on the Monday of the week holding 4 January: 2019-12-30
/// is in `2020-W01`, 2021-01-03 in `2020-W53`).
///
/// ## Order
/// Periods order by first day, then last day; periods of one slice never overlap, so that is
/// chronological order. Periods of different slices are never equal.
public struct Period: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The kind of period.
    public let slice: TimeSlice
    /// The year of the label: the calendar year, or the ISO week-numbering year for weeks.
    public let year: Int
    /// The number within ``year``: the week (1–53), month (1–12) or quarter (1–4); 1 for a year.
    public let number: Int
    /// The first and last day of the period.
    let start: CivilDay, end: CivilDay

    /// The period of `slice` numbered `number` in `year` (see the properties).
    init(slice: TimeSlice, year: Int, number: Int) {
        self.slice = slice
        self.year = year
        self.number = number
        switch slice {
        case .year:
            start = CivilDay(year: year, month: 1, day: 1)
            end = CivilDay(year: year + 1, month: 1, day: 1).adding(days: -1)
        case .quarter, .month:
            let months = slice == .quarter ? 3 : 1
            let firstMonth = (number - 1) * months + 1
            start = CivilDay(year: year, month: firstMonth, day: 1)
            let next = firstMonth + months
            end = CivilDay(year: next > 12 ? year + 1 : year, month: next > 12 ? next - 12 : next, day: 1)
                .adding(days: -1)
        case .week:
            start = Self.firstMonday(ofISOYear: year).adding(days: 7 * (number - 1))
            end = start.adding(days: 6)
        }
    }

    /// The Monday that starts week 1 of ISO week-numbering year `year`: the Monday of the week
    /// holding 4 January.
    static func firstMonday(ofISOYear year: Int) -> CivilDay {
        let january4 = CivilDay(year: year, month: 1, day: 4)
        return january4.adding(days: 1 - january4.isoWeekday)
    }

    /// The first day, `YYYY-MM-DD`.
    public var first: String { start.text }
    /// The last day, `YYYY-MM-DD`.
    public var last: String { end.text }

    /// The label: `2020`, `2020-Q1`, `2020-03` or `2020-W05`.
    public var description: String {
        let y = PartialDate(year: year, month: nil, day: nil).description
        func two(_ x: Int) -> String { x < 10 ? "0\(x)" : "\(x)" }
        switch slice {
        case .year: return y
        case .quarter: return "\(y)-Q\(number)"
        case .month: return "\(y)-\(two(number))"
        case .week: return "\(y)-W\(two(number))"
        }
    }

    /// The period right after this one, of the same slice.
    /// - Complexity: O(1).
    public var next: Period { slice.period(containing: end.adding(days: 1)) }

    /// Whether the day `date` (`YYYY-MM-DD`) falls in this period; `false` for text that is not
    /// such a date.
    public func contains(_ date: String) -> Bool {
        guard let d = PartialDate(date), let month = d.month, let day = d.day else { return false }
        let c = CivilDay(year: d.year, month: month, day: day)
        return start <= c && c <= end
    }

    /// Earlier first day first, then earlier last day.
    public static func < (a: Period, b: Period) -> Bool {
        (a.start, a.end) < (b.start, b.end)
    }
}
