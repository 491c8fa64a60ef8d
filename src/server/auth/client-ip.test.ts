import { describe, expect, it } from "vitest";
import { clientIp, clientIpConfig, PEER_ADDRESS_HEADER } from "./client-ip";

const direct = { peerHeader: true, trustedProxies: 0 };
const behindOne = { peerHeader: true, trustedProxies: 1 };

describe("clientIp", () => {
  it("without a trusted proxy, is the TCP peer whatever X-Forwarded-For says", () => {
    for (const xff of ["198.51.100.7", "198.51.100.8", "198.51.100.7, 203.0.113.99", ""]) {
      expect(
        clientIp(new Headers({ [PEER_ADDRESS_HEADER]: "192.0.2.1", "x-forwarded-for": xff }), direct),
      ).toBe("192.0.2.1");
    }
  });

  it("behind one proxy, takes the entry the proxy appended, not what the client wrote before it", () => {
    const headers = (xff: string) =>
      new Headers({ [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": xff });
    expect(clientIp(headers("203.0.113.7"), behindOne)).toBe("203.0.113.7");
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), behindOne)).toBe("203.0.113.7");
    // A proxy that appended nothing: the proxy's own address, never a client's claim.
    expect(clientIp(headers(""), behindOne)).toBe("10.0.0.2");
    expect(clientIp(headers("6.6.6.6, 203.0.113.7"), { peerHeader: true, trustedProxies: 2 })).toBe(
      "6.6.6.6",
    );
  });

  it("trusts the peer header only when our server wrote it", () => {
    const spoofed = { [PEER_ADDRESS_HEADER]: "198.51.100.9", "x-forwarded-for": "198.51.100.9" };
    expect(clientIp(spoofed, { peerHeader: false, trustedProxies: 0 })).toBe("unknown");
    expect(clientIp(spoofed, { peerHeader: false, trustedProxies: 1 })).toBe("unknown");
  });

  it("reads next-auth's plain header objects", () => {
    expect(clientIp({ [PEER_ADDRESS_HEADER]: ["198.51.100.1"] }, direct)).toBe("198.51.100.1");
  });

  it("reads its configuration from the environment, defaulting to no proxy", () => {
    expect(clientIpConfig({})).toEqual({ peerHeader: false, trustedProxies: 0 });
    expect(clientIpConfig({ KEPT_PEER_ADDRESS_HEADER: "1", TRUSTED_PROXIES: "1" })).toEqual(behindOne);
    expect(clientIpConfig({ TRUSTED_PROXIES: "lots" }).trustedProxies).toBe(0);
    expect(clientIpConfig({ TRUSTED_PROXIES: "-3" }).trustedProxies).toBe(0);
  });
});
