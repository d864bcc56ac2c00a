import { compileAllowList, isForbiddenAddress, isMetadataHost } from './address-policy';

describe('isForbiddenAddress', () => {
  it.each([
    '127.0.0.1',
    '127.255.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '100.100.100.200',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fd00:ec2::254',
    'fc00::1',
    'fe80::1',
    '::ffff:127.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::10.0.0.1',
    'not-an-ip',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '172.32.0.1', '193.99.144.80', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8'])(
    'allows public %s',
    (address) => {
      expect(isForbiddenAddress(address)).toBe(false);
    },
  );
});

describe('isMetadataHost', () => {
  it('recognises cloud metadata names', () => {
    expect(isMetadataHost('metadata.google.internal')).toBe(true);
    expect(isMetadataHost('metadata')).toBe(true);
    expect(isMetadataHost('calendar.google.com')).toBe(false);
  });
});

describe('compileAllowList', () => {
  it('matches hosts case-insensitively and addresses by CIDR', () => {
    const policy = compileAllowList({
      hosts: ['Exchange.Corp.Example'],
      addresses: ['10.20.0.0/16', '127.0.0.1', 'fd12::/16'],
    });
    expect(policy.allowsHost('exchange.corp.example')).toBe(true);
    expect(policy.allowsAddress('10.20.3.4')).toBe(true);
    expect(policy.allowsAddress('10.21.0.1')).toBe(false);
    expect(policy.allowsAddress('127.0.0.1')).toBe(true);
    expect(policy.allowsAddress('127.0.0.2')).toBe(false);
    expect(policy.allowsAddress('fd12::5')).toBe(true);
  });
});
