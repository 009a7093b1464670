/// The zip's own table of contents, read and checked by us; the .docx reader takes its parts from
/// the ranges found here (`ZipInflater`), never from ZIPFoundation's archive reader.
///
/// ZIPFoundation's reader trusted the offsets it read (an offset past the end of an in-memory
/// archive trapped the process, issue 11). Every position a reader would seek to — the end record,
/// the zip64 record, each central-directory entry, each local header, each entry's data and data
/// descriptor — is checked here to lie inside the file, the way ZIPFoundation located them (so that
/// files it reads are read alike), and the first one that does not is reported with what it means
/// for the user (cut short, cut in the middle, a directory that lies).
struct ZipDirectory {
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var compressedSize: UInt64
        var uncompressedSize: UInt64
        var localHeader: UInt64

        var isEncrypted: Bool { flags & 1 != 0 }
    }

    private(set) var entries: [Entry] = []

    static let endSignature: UInt32 = 0x0605_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let localSignature: UInt32 = 0x0403_4B50
    static let zip64EndSignature: UInt32 = 0x0606_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50

    init(_ bytes: [UInt8]) throws(ReaderError) {
        let reader = ByteReader(bytes: bytes)
        guard let end = Self.endRecord(reader) else { throw ZipDamage.noEndRecord() }
        guard reader.u16(end + 4) == 0, reader.u16(end + 6) == 0,
            reader.u16(end + 8) == reader.u16(end + 10)
        else { throw ZipDamage.multiDisk() }
        var count = UInt64(reader.u16(end + 10))
        var size = UInt64(reader.u32(end + 12))
        var offset = UInt64(reader.u32(end + 16))
        var directoryEnd = UInt64(end)
        // ZIPFoundation looks for a zip64 record right before the end record and, when its
        // signatures are there, prefers its values: so do we, and check them the same way.
        if let zip64 = Self.zip64Record(reader, end: end) {
            count = reader.u64(zip64 + 32)
            size = reader.u64(zip64 + 40)
            offset = reader.u64(zip64 + 48)
            directoryEnd = UInt64(zip64)
        }
        // The directory normally ends where the end record starts: when it is found there but not
        // where the record says, bytes were lost (or added) before it, in the middle of the file.
        if size <= directoryEnd, case let found = directoryEnd - size, found != offset,
            reader.u32(Int(found)) == Self.centralSignature
        {
            throw ZipDamage.shifted(found: found, recorded: offset)
        }
        guard offset <= directoryEnd, size <= directoryEnd - offset else {
            throw ZipDamage.directoryOutside(offset: offset, size: size, fileSize: bytes.count)
        }
        // Each entry takes at least 46 bytes: a count the directory cannot hold is a lie.
        guard count <= size / 46 else { throw ZipDamage.countTooLarge(count, size: size) }
        var position = offset
        let limit = offset + size
        entries.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let entry = try Self.centralEntry(reader, at: &position, limit: limit, index: index)
            try Self.checkLocal(entry, reader, directoryStart: offset)
            entries.append(entry)
        }
    }

    /// The end record sits in the last 22 bytes plus a comment of at most 65,535 bytes; like
    /// ZIPFoundation we take the one nearest the end.
    private static func endRecord(_ r: ByteReader) -> Int? {
        guard r.count >= 22 else { return nil }
        let lowest = max(0, r.count - 22 - 65_535)
        var index = r.count - 22
        while index >= lowest {
            if r.u32(index) == endSignature { return index }
            index -= 1
        }
        return nil
    }

    private static func zip64Record(_ r: ByteReader, end: Int) -> Int? {
        let locator = end - 20
        let record = locator - 56
        guard record > 0, r.u32(locator) == zip64LocatorSignature, r.u32(record) == zip64EndSignature
        else { return nil }
        return record
    }

    private static func centralEntry(
        _ r: ByteReader, at position: inout UInt64, limit: UInt64, index: Int
    ) throws(ReaderError) -> Entry {
        guard position + 46 <= limit, r.u32(Int(position)) == centralSignature else {
            throw ZipDamage.badDirectoryEntry(index)
        }
        let p = Int(position)
        let nameLength = Int(r.u16(p + 28))
        let extraLength = Int(r.u16(p + 30))
        let commentLength = Int(r.u16(p + 32))
        let next = position + 46 + UInt64(nameLength + extraLength + commentLength)
        guard next <= limit else { throw ZipDamage.badDirectoryEntry(index) }
        let nameBytes = r.bytes[(p + 46)..<(p + 46 + nameLength)]
        var entry = Entry(
            name: String(decoding: nameBytes, as: UTF8.self), flags: r.u16(p + 8), method: r.u16(p + 10),
            compressedSize: UInt64(r.u32(p + 20)), uncompressedSize: UInt64(r.u32(p + 24)),
            localHeader: UInt64(r.u32(p + 42)))
        readZip64Extra(
            r, from: p + 46 + nameLength, length: extraLength, disk: r.u16(p + 34), into: &entry)
        position = next
        return entry
    }

    /// Values of 0xFFFFFFFF are stored in the zip64 extra field (id 1), in a fixed order. Read as
    /// ZIPFoundation reads them (the field counts only if its size is exactly that of the values
    /// it must hold, and a zero there keeps the 32-bit value), so that we check the offsets it uses.
    private static func readZip64Extra(
        _ r: ByteReader, from start: Int, length: Int, disk: UInt16, into e: inout Entry
    ) {
        let wide = [e.uncompressedSize, e.compressedSize, e.localHeader].map { $0 == 0xFFFF_FFFF }
        let expected = wide.filter { $0 }.count * 8 + (disk == 0xFFFF ? 4 : 0)
        var i = start
        while i < start + length - 4 {
            let size = Int(r.u16(i + 2))
            guard i + 4 + size <= start + length else { return }
            if r.u16(i) == 1 {
                guard size == expected else { return }
                var field = i + 4
                var values = [e.uncompressedSize, e.compressedSize, e.localHeader]
                for k in 0..<3 where wide[k] {
                    let value = r.u64(field)
                    if value > 0 { values[k] = value }
                    field += 8
                }
                (e.uncompressedSize, e.compressedSize, e.localHeader) = (values[0], values[1], values[2])
                return
            }
            i += 4 + size
        }
    }

    /// The local header, the data and the data descriptor must stand before the directory.
    private static func checkLocal(_ e: Entry, _ r: ByteReader, directoryStart: UInt64) throws(ReaderError) {
        guard e.localHeader <= directoryStart, directoryStart - e.localHeader >= 30,
            r.u32(Int(e.localHeader)) == localSignature
        else { throw ZipDamage.missingLocal(e.name) }
        let h = Int(e.localHeader)
        let header = UInt64(30 + Int(r.u16(h + 26)) + Int(r.u16(h + 28)))
        // A stored entry is its uncompressed size of bytes, any other its compressed size.
        let data = e.method == 0 ? e.uncompressedSize : e.compressedSize
        // A data descriptor is read from where the data ends, which this keeps inside the file.
        let room = directoryStart - e.localHeader
        guard header <= room, data <= room - header else {
            throw ZipDamage.dataOutside(e.name)
        }
        guard e.method == 0 || e.method == 8 else { throw ZipDamage.unknownMethod(e.name, e.method) }
    }
}

/// Little-endian reads that never trap: a read past the end gives 0, which no signature is.
struct ByteReader {
    let bytes: [UInt8]
    var count: Int { bytes.count }

    func u16(_ i: Int) -> UInt16 {
        guard i >= 0, i + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8
    }

    func u32(_ i: Int) -> UInt32 {
        guard i >= 0, i + 4 <= bytes.count else { return 0 }
        return UInt32(u16(i)) | UInt32(u16(i + 2)) << 16
    }

    func u64(_ i: Int) -> UInt64 {
        guard i >= 0, i + 8 <= bytes.count else { return 0 }
        return UInt64(u32(i)) | UInt64(u32(i + 4)) << 32
    }
}
