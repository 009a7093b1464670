import Foundation
import ZIPFoundation

/// The bytes of one zip entry, read from the ranges `ZipDirectory` validated. Only zlib's
/// inflate is borrowed from ZIPFoundation (`Data.decompress`), with a provider this type
/// controls: ZIPFoundation's own reader asks for more input forever when a deflate stream is
/// cut short (a fuzzed .docx hung every check of it), and its Linux decoder hands zlib a full
/// buffer's length whatever the chunk holds, so every chunk given here is exactly that long.
enum ZipInflater {
    enum Failure: Error {
        /// The part inflates past the caller's limit: the declared size lied (a zip bomb).
        case overLimit
        /// The deflate stream ends before its end marker.
        case cutShort
        /// zlib refused the stream.
        case corrupt

        var vietnamese: String {
            switch self {
            case .overLimit: return "quá giới hạn"
            case .cutShort: return "dòng dữ liệu nén dừng trước điểm kết thúc: bị cắt cụt hoặc hỏng"
            case .corrupt: return "dữ liệu nén không hợp lệ"
            }
        }

        var english: String {
            switch self {
            case .overLimit: return "over the limit"
            case .cutShort: return "the deflate stream stops before its end marker: cut short or damaged"
            case .corrupt: return "the deflate stream is invalid"
            }
        }
    }

    static let chunkSize = 64 << 10

    /// Stored (method 0) entries are their bytes; deflated (method 8) ones are inflated with the
    /// real output counted against `limit`. ZipDirectory refused every other method.
    static func contents(of entry: ZipDirectory.Entry, in bytes: [UInt8], limit: UInt64) throws(Failure)
        -> Data
    {
        let reader = ByteReader(bytes: bytes)
        let header = Int(clamping: entry.localHeader)
        let start = header + 30 + Int(reader.u16(header + 26)) + Int(reader.u16(header + 28))
        let length = Int(clamping: entry.method == 0 ? entry.uncompressedSize : entry.compressedSize)
        // ZipDirectory checked this range against the directory start; checked again so that a
        // change there can never turn into an out-of-range slice here.
        guard start >= 0, length >= 0, start <= bytes.count, length <= bytes.count - start else {
            throw .cutShort
        }
        let stored = bytes[start..<(start + length)]
        if entry.method == 0 {
            guard UInt64(stored.count) <= limit else { throw .overLimit }
            return Data(stored)
        }
        return try inflate(stored, limit: limit)
    }

    private static func inflate(_ input: ArraySlice<UInt8>, limit: UInt64) throws(Failure) -> Data {
        var output = Data()
        var failure: Failure?
        do {
            _ = try Data.decompress(
                size: Int64(input.count), bufferSize: chunkSize, skipCRC32: true,
                provider: { position, size in
                    // Past the end there is no more input: a stream without its end marker stops
                    // here instead of being asked for input again and again.
                    guard position >= 0, position < Int64(input.count) else {
                        failure = .cutShort
                        throw Failure.cutShort
                    }
                    let from = input.startIndex + Int(position)
                    let to = min(from + size, input.endIndex)
                    var chunk = Data(input[from..<to])
                    // Zeros after the data are an invalid stored block to zlib, never output.
                    if chunk.count < size { chunk.append(Data(count: size - chunk.count)) }
                    return chunk
                },
                consumer: { data in
                    guard UInt64(output.count + data.count) <= limit else {
                        failure = .overLimit
                        throw Failure.overLimit
                    }
                    output.append(data)
                })
        } catch {
            throw failure ?? .corrupt
        }
        return output
    }
}
