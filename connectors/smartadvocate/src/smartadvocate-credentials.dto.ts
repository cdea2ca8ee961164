import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** The SmartAdvocate user the integration signs in as; its permissions bound what it can do. */
export class SmartAdvocateCredentials {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  username: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  password: string;
}
