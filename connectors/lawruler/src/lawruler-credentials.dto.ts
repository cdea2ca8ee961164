import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** What Kayse asks a firm for when it connects LawRuler. */
export class LawRulerCredentials {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;

  /** The firm's subdomain: `yourfirm` in https://yourfirm.lawruler.com. */
  @IsString()
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i, { message: 'clientRoot must be the LawRuler subdomain only' })
  clientRoot: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  clientSecret: string;

  /** The portal's API security key (LawRuler: Setup > 3rd Party Integrations). */
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  key: string;

  /** Optional: a lead to verify the key with (GetStatus); without it the hub probes a lead id. */
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'testLeadId must be a LawRuler Lead ID (digits)' })
  testLeadId?: string;
}

/** Masked in API answers and redacted from errors. */
export const LAWRULER_SECRET_FIELDS = ['password', 'clientSecret', 'key'] as const satisfies readonly (
  keyof LawRulerCredentials
)[];
