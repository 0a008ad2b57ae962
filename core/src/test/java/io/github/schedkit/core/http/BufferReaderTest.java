package io.github.schedkit.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import org.junit.jupiter.api.Test;

class BufferReaderTest {
  @Test
  void readsEveryByteAndLeavesTheBufferAsItWas() throws IOException {
    Buffer buffer = new Buffer();
    for (int i = 0; i < 5_000; i++) {
      buffer.writeUtf8("line ").writeDecimalLong(i).writeByte('\n');
    }
    ByteString expected = buffer.snapshot();

    BufferedSource first = Okio.buffer(new BufferReader(buffer));
    BufferedSource second = Okio.buffer(new BufferReader(buffer));

    assertEquals(expected, first.readByteString());
    assertEquals(expected, second.readByteString());
    assertEquals(expected, buffer.snapshot());
  }

  @Test
  void readsInPiecesNoLargerThanAsked() throws IOException {
    Buffer buffer = new Buffer().writeUtf8("0123456789");
    BufferReader reader = new BufferReader(buffer);
    Buffer sink = new Buffer();

    assertEquals(4, reader.read(sink, 4));
    assertEquals(6, reader.read(sink, 100));
    assertEquals(-1, reader.read(sink, 100));
    assertEquals("0123456789", sink.readUtf8());
    assertEquals(10, buffer.size());
  }

  @Test
  void anEmptyBufferIsAtItsEnd() throws IOException {
    assertEquals(-1, new BufferReader(new Buffer()).read(new Buffer(), 8192));
  }
}
