package io.github.schedkit.bench.percall;

import com.sun.net.httpserver.Headers;
import io.github.schedkit.bench.server.Reply;
import io.github.schedkit.bench.server.Route;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A socket without a network: each HTTP/1.1 request written to it is parsed, answered by a {@link
 * Route} (which accepts only the exact request, credential included, as it does for the loopback
 * server), and the answer, with {@code Content-Length} and the connection kept alive, is what the
 * client then reads. A request whose head is byte for byte the previous one on this connection
 * gets the same answer again without being parsed, so the timed calls measure the client, not
 * the parsing; a request that differs in any byte goes to the route. Requests must come one at a
 * time, without a body, as the per-call benchmarks' GETs do; anything else fails the call with an
 * {@link IOException}.
 */
final class CannedResponseSocket extends java.net.Socket {
  private static final byte[] END_OF_HEAD = {'\r', '\n', '\r', '\n'};

  private final Route route;
  private final InputStream in = new ResponseStream();
  private final OutputStream out = new RequestStream();
  private byte[] request = new byte[1024];
  private int requestLength;
  private byte[] lastHead = new byte[0];
  private byte[] responseHead = new byte[0];
  private byte[] responseBody = new byte[0];
  private int responseRead;
  private int soTimeout;
  private boolean connected;
  private boolean closed;
  private boolean inputShut;
  private boolean outputShut;

  CannedResponseSocket(Route route) {
    this.route = route;
  }

  @Override
  public void connect(SocketAddress endpoint) {
    connect(endpoint, 0);
  }

  @Override
  public void connect(SocketAddress endpoint, int timeout) {
    connected = true;
  }

  @Override
  public InputStream getInputStream() throws IOException {
    requireOpen();
    return in;
  }

  @Override
  public OutputStream getOutputStream() throws IOException {
    requireOpen();
    return out;
  }

  @Override
  public void setSoTimeout(int timeout) {
    soTimeout = timeout;
  }

  @Override
  public int getSoTimeout() {
    return soTimeout;
  }

  @Override
  public boolean isConnected() {
    return connected;
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  @Override
  public boolean isInputShutdown() {
    return inputShut;
  }

  @Override
  public boolean isOutputShutdown() {
    return outputShut;
  }

  @Override
  public void shutdownInput() {
    inputShut = true;
  }

  @Override
  public void shutdownOutput() {
    outputShut = true;
  }

  @Override
  public void close() {
    closed = true;
  }

  @Override
  public String toString() {
    return "CannedResponseSocket{" + (closed ? "closed" : connected ? "connected" : "new") + "}";
  }

  private void requireOpen() throws IOException {
    if (closed || !connected) {
      throw new SocketException("the socket is " + (closed ? "closed" : "not connected"));
    }
  }

  /** Takes request bytes; once the head is complete, queues the answer. */
  private void received(byte[] bytes, int offset, int length) throws IOException {
    requireOpen();
    if (requestLength + length > request.length) {
      request = Arrays.copyOf(request, Math.max(2 * request.length, requestLength + length));
    }
    System.arraycopy(bytes, offset, request, requestLength, length);
    requestLength += length;
    int headLength = headLength();
    if (headLength < 0) {
      return;
    }
    if (headLength != requestLength) {
      throw new IOException("the in-memory socket serves requests without a body, one at a time");
    }
    if (unread() > 0) {
      throw new IOException("a request came before the previous response was read");
    }
    if (!Arrays.equals(request, 0, headLength, lastHead, 0, lastHead.length)) {
      answer(new String(request, 0, headLength, StandardCharsets.ISO_8859_1));
      lastHead = Arrays.copyOf(request, headLength);
    }
    responseRead = 0;
    requestLength = 0;
  }

  private int unread() {
    return responseHead.length + responseBody.length - responseRead;
  }

  /** The length of the request head, up to its blank line, or -1 while it is incomplete. */
  private int headLength() {
    for (int i = 0; i + END_OF_HEAD.length <= requestLength; i++) {
      if (request[i] == '\r'
          && request[i + 1] == '\n'
          && request[i + 2] == '\r'
          && request[i + 3] == '\n') {
        return i + END_OF_HEAD.length;
      }
    }
    return -1;
  }

  /** Parses the request head, asks the route and queues the response. */
  private void answer(String head) throws IOException {
    String[] lines = head.split("\r\n");
    String[] requestLine = lines[0].split(" ");
    if (requestLine.length != 3 || !requestLine[2].equals("HTTP/1.1")) {
      throw new IOException("not an HTTP/1.1 request line: " + lines[0]);
    }
    Headers headers = new Headers();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new IOException("not a header line: " + lines[i]);
      }
      headers.add(lines[i].substring(0, colon), lines[i].substring(colon + 1).trim());
    }
    if (headers.containsKey("Content-Length") || headers.containsKey("Transfer-Encoding")) {
      throw new IOException("the in-memory socket serves requests without a body");
    }
    Reply reply = route.answer(requestLine[0], URI.create(requestLine[1]), headers);
    responseHead =
        ("HTTP/1.1 " + reply.status() + " " + (reply.status() == 200 ? "OK" : "Error") + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + reply.body().length + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    responseBody = reply.body();
  }

  /** What the client writes: the requests. */
  private final class RequestStream extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      received(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      received(bytes, offset, length);
    }
  }

  /**
   * What the client reads: the answer to its last request, as much as the client asks for at once,
   * as from a socket whose peer sent the whole response. Never blocks.
   */
  private final class ResponseStream extends InputStream {
    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (closed || inputShut) {
        return -1;
      }
      if (unread() == 0) {
        throw new IOException("the client read before it sent a whole request");
      }
      int n = Math.min(length, unread());
      for (int copied = 0; copied < n; ) {
        boolean inHead = responseRead < responseHead.length;
        byte[] part = inHead ? responseHead : responseBody;
        int start = inHead ? responseRead : responseRead - responseHead.length;
        int chunk = Math.min(n - copied, part.length - start);
        System.arraycopy(part, start, bytes, offset + copied, chunk);
        copied += chunk;
        responseRead += chunk;
      }
      return n;
    }

    @Override
    public int available() {
      return unread();
    }
  }
}
