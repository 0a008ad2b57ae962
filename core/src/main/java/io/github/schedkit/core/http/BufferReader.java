package io.github.schedkit.core.http;

import okio.Buffer;
import okio.Source;
import okio.Timeout;

/**
 * Reads a buffer's bytes without consuming them and without sharing its segments. The buffer keeps
 * the bytes (for an error message), and its segments go back to okio's pool when it is cleared:
 * {@link Buffer#clone()} or {@link Buffer#peek()} would mark them shared, and shared segments are
 * never recycled, so every call would allocate fresh ones.
 */
final class BufferReader implements Source {
  private final Buffer buffer;
  private final Buffer.UnsafeCursor cursor = new Buffer.UnsafeCursor();
  private long position;

  BufferReader(Buffer buffer) {
    this.buffer = buffer;
  }

  @Override
  public long read(Buffer sink, long byteCount) {
    if (position == buffer.size()) {
      return -1;
    }
    buffer.readUnsafe(cursor);
    try {
      cursor.seek(position);
      int count = (int) Math.min(byteCount, cursor.end - cursor.start);
      sink.write(cursor.data, cursor.start, count);
      position += count;
      return count;
    } finally {
      cursor.close();
    }
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {
    // Nothing to release: the buffer belongs to the caller.
  }
}
