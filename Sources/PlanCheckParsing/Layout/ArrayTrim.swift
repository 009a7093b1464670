extension Array {
    /// The elements in storage of their own size, when growing by doubling left much more. For
    /// arrays that live through the whole parse (paragraphs, section nodes, citations): at the
    /// peak of a large plan each could hold twice its elements, and no guess made ahead fits
    /// both a plan of one-line headings and one long paragraph of many lines.
    func trimmedToSize() -> [Element] {
        guard capacity > count + count / 8 else { return self }
        var exact: [Element] = []
        exact.reserveCapacity(count)
        exact.append(contentsOf: self)
        return exact
    }
}
